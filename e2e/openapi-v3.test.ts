/**
 * OpenAPI v3 in a live cluster, in Chromium: the server build pointed (plain
 * URL, as through `kubectl proxy`) at the kube-apiserver double serving
 * `/openapi/v3` (built-in kinds DERIVED from the real 1.36 v2 document; CRDs
 * as apiextensions-apiserver publishes them in v3) with real CRDs installed.
 * Each schema says which document it came from; a CRD's CEL rule (with its
 * message) and a nullable field show; a reload within the refresh fetches no
 * group-version document again; a group-version whose v3 document fails
 * (503) falls back to v2 for that group-version only.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseCrdYaml } from '../lib/crd/parse';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { startLiveSite, type LiveSite } from './support/live-site';

const browser = browserForFile();
const crdFiles = ['cert-manager/issuers.cert-manager.io.yaml', 'velero/backups.velero.io.yaml'];

describe('a live cluster serving /openapi/v3 (server build)', () => {
  let cluster: ApiServerDouble;
  let site: LiveSite;
  before(async () => {
    cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
    cluster.installCrds(crdFiles.flatMap((f) => parseCrdYaml(readFileSync(path.join(CRDS, f), 'utf8'), f)));
    site = await startLiveSite({ ATLAS_SERVER_URL: cluster.url, ATLAS_REFRESH_SECONDS: '600' });
  });
  after(async () => {
    await site?.stop();
    await cluster?.close();
  });

  it('shows a CRD schema from its v3 group-version document, with the CEL rule and its message', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/apis/cert-manager.io/v1/issuers#spec.venafi`);
    assert.match(await page.locator('[data-schema-source]').innerText(), /Schema from \/openapi\/v3\/apis\/cert-manager\.io\/v1 \(OpenAPI v3\)/);
    const venafi = page.locator('.fields li[id="spec.venafi"]');
    await venafi.locator('.hints > div:has(> dt[title="x-kubernetes-validations"])').first().waitFor({ state: 'visible' });
    assert.match(
      await venafi.locator('.hints > div:has(> dt[title="x-kubernetes-validations"])').first().innerText(),
      /exactly one of tpp, cloud, or ngts must be configured/,
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('shows a nullable field (velero)', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/apis/velero.io/v1/backups#spec.defaultVolumesToFsBackup`);
    const field = page.locator('.fields li[id="spec.defaultVolumesToFsBackup"]');
    await field.locator('.hints > div:has(> dt:text-is("nullable"))').waitFor({ state: 'visible' });
    assert.match(await field.locator('.hints > div:has(> dt:text-is("nullable"))').innerText(), /true/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('caches hash URLs: pages rendered again fetch no group-version document', async () => {
    const before = cluster.requests.length;
    for (const p of ['/apis/apps/v1/deployments', '/apis/cert-manager.io/v1/issuers', '/api/v1/pods']) {
      assert.equal((await fetch(`${site.url}${p}`)).status, 200);
    }
    assert.deepEqual(
      cluster.requests.slice(before).filter((r) => r.path.startsWith('/openapi/v3/')),
      [],
    );
    const cold = cluster.requests.filter((r) => r.path.startsWith('/openapi/v3/'));
    assert.ok(cold.length > 30, `${cold.length} group-version documents on the cold load`);
    assert.ok(cold.every((r) => /^\?hash=[0-9A-F]{128}$/.test(r.search) && r.status === 200));
  });
});

describe('a live cluster whose aggregated group-version fails in /openapi/v3 (server build)', () => {
  it('falls back to /openapi/v2 for that group-version only, and says so', async () => {
    const cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
    cluster.installCrds(crdFiles.flatMap((f) => parseCrdYaml(readFileSync(path.join(CRDS, f), 'utf8'), f)));
    cluster.setUnavailable('cert-manager.io/v1');
    const site = await startLiveSite({ ATLAS_SERVER_URL: cluster.url });
    try {
      const { page, errors } = await openPage(browser());
      await page.goto(`${site.url}/apis/velero.io/v1/backups`);
      assert.match(await page.locator('[data-schema-source]').innerText(), /\/openapi\/v3\/apis\/velero\.io\/v1/);
      await page.goto(`${site.url}/apis/cert-manager.io/v1/issuers`);
      assert.match(await page.locator('[data-schema-source]').innerText(), /Schema from \/openapi\/v2 \(OpenAPI v2/);
      const warnings = (await page.locator('.callout-warning').allInnerTexts()).join('\n');
      assert.match(warnings, /\/openapi\/v3\/apis\/cert-manager\.io\/v1: HTTP 503.*its schemas come from \/openapi\/v2/);
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await site.stop();
      await cluster.close();
    }
  });
});

for (const site of sitesUnderTest()) {
  describe(`the embedded snapshot, recorded without /openapi/v3 (${site.name})`, () => {
    it('says its schemas come from /openapi/v2', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      assert.match(await page.locator('[data-schema-source]').innerText(), /Schema from \/openapi\/v2 \(OpenAPI v2/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
