/**
 * CRDs without a cluster, and CRD details with one, in Chromium:
 * - the server build with `ATLAS_CRDS=DIR` (real CRDs from test-data in nested
 *   folders, a chart file with a Deployment, one broken file) on the embedded
 *   1.36 snapshot;
 * - `npm run export -- --crds DIR`, served as static files;
 * - a live kube-apiserver double with CRDs installed: the details from its
 *   `customresourcedefinitions` list, and the plain note when it answers 403.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApiServerDouble } from '../test-support/apiserver';
import { CRDS, PROJECT_ROOT } from '../test-support/fixtures';
import { browserForFile, openPage, pageUrl } from './support/browser';
import { startClusterDouble } from './support/cluster-double';
import { startLiveSite, type LiveSite } from './support/live-site';
import { startStaticServer, type StaticServer } from './support/static-server';

const browser = browserForFile();

/** A CRD folder as an operator keeps one. */
async function crdFolder(): Promise<{ root: string; dir: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-crds-'));
  const dir = path.join(root, 'operator-crds');
  await mkdir(path.join(dir, 'knative'), { recursive: true });
  await mkdir(path.join(dir, 'gateway'), { recursive: true });
  await copyFile(path.join(CRDS, 'knative-eventing/pingsources.sources.knative.dev.yaml'), path.join(dir, 'knative/pingsource.yaml'));
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gateway\n';
  const tcp = await readFile(path.join(CRDS, 'gateway-api/tcproutes.gateway.networking.k8s.io.yaml'), 'utf8');
  await writeFile(path.join(dir, 'gateway/chart.yaml'), `${deployment}---\n${tcp}`);
  await writeFile(path.join(dir, 'broken.yaml'), 'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nkind: again\n');
  return { root, dir };
}

/** What a CRD's resource page, kind page and home page show, on any build. */
async function checkCrdPages(page: Page, url: (path: string) => string): Promise<void> {
  await page.goto(url('/apis/sources.knative.dev/v1beta2/pingsources'));
  assert.match(await page.locator('main h1').innerText(), /^PingSource/);
  const section = page.locator('#section-crd');
  assert.match(await section.innerText(), /pingsources\.sources\.knative\.dev, from CRD file operator-crds\/knative\/pingsource\.yaml/);
  assert.match(
    await section.locator('[data-crd-version="v1beta2"]').innerText(),
    /deprecated.*sources\.knative\.dev\/v1beta2 PingSource is deprecated; see https:\/\/knative\.dev/s,
  );
  assert.match(await section.locator('[data-crd-version="v1"]').innerText(), /storage/);
  assert.equal((await section.locator('[data-kubectl-get]').innerText()).trim(), 'NAME   SINK   SCHEDULE   AGE   READY   REASON');
  assert.match(await section.locator('[data-conversion]').innerText(), /Webhook knative-eventing\/eventing-webhook/);
  assert.match(await page.locator('[data-schema-origin]').innerText(), /Schema from CRD file operator-crds\/knative\/pingsource\.yaml \(OpenAPI v3/);

  // A version defined but not served has no page; the kind page names it.
  await page.goto(url('/kinds/TCPRoute'));
  assert.match(await page.locator('[data-crd-kind-note]').innerText(), /stored as v1; also defines, not served: v1alpha2 \(deprecated\)/);
  assert.equal(await page.locator('.kind-table [data-storage-version]').count(), 1);

  // The built-in kinds are still there, from the snapshot's /openapi/v2.
  await page.goto(url('/apis/apps/v1/deployments'));
  assert.match(await page.locator('[data-schema-source]').first().innerText(), /Schema from \/openapi\/v2/);
  assert.equal(await page.locator('#section-crd').count(), 0);
}

describe('crds:DIR on the server build (ATLAS_CRDS)', () => {
  let folder: { root: string; dir: string };
  let site: LiveSite;

  before(async () => {
    folder = await crdFolder();
    site = await startLiveSite({ ATLAS_CRDS: folder.dir, ATLAS_SOURCES: '' });
  });
  after(async () => {
    await site?.stop();
    await rm(folder.root, { recursive: true, force: true });
  });

  it('shows the CRDs on the built-in kinds, with their details; a broken file is named, the rest loads', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/`);
    assert.match(
      await page.locator('[data-crd-details="known"]').innerText(),
      /2 CRDs from 3 files; 1 other document ignored \(1 apps\/v1 Deployment\); 1 error/,
    );
    assert.match(
      await page.locator('.callout').first().innerText(),
      /operator-crds\/broken\.yaml:3:1: not valid YAML or JSON: Map keys must be unique/,
    );
    await checkCrdPages(page, (p) => `${site.url}${p}`);
    assert.deepEqual(errors, []);
    // The folder's place on this machine is in the log, never in a page.
    assert.equal((await page.content()).includes(folder.root), false);
    await page.close();
  });
});

describe('npm run export -- --crds DIR', () => {
  let folder: { root: string; dir: string };
  let out: string;
  let server: StaticServer;
  let output = '';

  before(async () => {
    folder = await crdFolder();
    out = path.join(folder.root, 'site');
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/export.mjs'), '--crds', folder.dir, '--out', out], {
        cwd: PROJECT_ROOT,
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      child.on('exit', (status) => resolve(status ?? 1));
    });
    if (code !== 0) throw new Error(`export --crds exited with ${code}:\n${output.slice(-4000)}`);
    server = await startStaticServer(out);
  });
  after(async () => {
    await server?.close();
    await rm(folder.root, { recursive: true, force: true });
  });

  it('exports the operator’s CRDs on top of the built-in kinds, as static pages', async () => {
    assert.match(output, /export: \d+ pages, .* with the CRDs in /);
    const { page, errors } = await openPage(browser());
    const url = (p: string) => pageUrl({ name: 'static export', url: server.url }, p);
    await checkCrdPages(page, url);
    // With a second cluster, the served-where table marks the storage version too.
    await page.goto(url('/kinds/TCPRoute'));
    assert.equal(await page.locator('[data-storage-version]').count(), 2);
    // The bare snapshot is exported beside it: the comparison lists what the CRDs add.
    await page.goto(url('/compare/kubernetes-1.36...operator-crds'));
    assert.match(await page.locator('main').innerText(), /sources\.knative\.dev/);
    assert.deepEqual(errors, []);
    await page.close();
  });
});

describe('CRD details of a live cluster', () => {
  let dev: ApiServerDouble;
  let site: LiveSite;

  before(async () => {
    dev = await startClusterDouble();
    site = await startLiveSite({ ATLAS_SERVER_URL: dev.url, ATLAS_REFRESH_SECONDS: '0' });
  });
  after(async () => {
    await site?.stop();
    await dev?.close();
  });

  it('shows them from the customresourcedefinitions list, and says plainly when the cluster answers 403', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/apis/cert-manager.io/v1/certificates`);
    const section = page.locator('#section-crd');
    assert.match(await section.innerText(), /certificates\.cert-manager\.io, from the cluster's customresourcedefinitions list/);
    // Issuer and Status have priority 1: only `kubectl get -o wide` prints them.
    assert.equal((await section.locator('[data-kubectl-get]').innerText()).trim(), 'NAME   READY   SECRET   AGE');
    assert.match(await section.locator('[data-selectable-fields]').innerText(), /\.spec\.issuerRef\.group/);
    assert.equal(await page.locator('[data-crd-details="forbidden"]').count(), 0);

    // The site's identity loses `list` on CRDs: a discovery or OpenAPI change rebuilds the model, which reads the list again.
    dev.switches.forbidCrdList = true;
    dev.installCrds([]);
    await page.goto(`${site.url}/`);
    const note = page.locator('[data-crd-details="forbidden"]');
    assert.match(await note.innerText(), /CRD details .* need permission to list customresourcedefinitions\.apiextensions\.k8s\.io/);
    assert.match(await note.innerText(), /deploy\/base\/clusterrole\.yaml/);
    // Once, and not as an error banner.
    assert.equal(await note.count(), 1);
    assert.equal(await page.locator('.callout [data-crd-details]').count(), 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
