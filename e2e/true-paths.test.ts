/**
 * Every field at its true path (issue 13), in Chromium: deep links and
 * search land on the path they name, with that path's own kubectl explain
 * line, through definitions the page shows elsewhere and past its field
 * budget; JSONPath-style search; no false deprecation; labelled counts. On a
 * live server with real CRDs published by the kube-apiserver double: fields
 * inside maps of lists, and no Kubernetes policy text for a CRD's v1alpha1.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { parseCrdYaml } from '../lib/crd/parse';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { startLiveSite, type LiveSite } from './support/live-site';
import { ResourcePageObject, SearchBoxObject } from './support/pages';

const browser = browserForFile();

/** Waits until FieldTarget highlighted a field, and returns its id and its kubectl explain line. */
async function targeted(page: Page): Promise<{ id: string; explain: string }> {
  await page.waitForFunction(() => document.querySelector('.field-targeted .explain code') !== null);
  return page.evaluate(() => {
    const el = document.querySelector('.field-targeted')!;
    return { id: el.id, explain: el.querySelector('.explain code')?.textContent ?? '' };
  });
}

for (const site of sitesUnderTest()) {
  describe(`Fields at their true paths (${site.name})`, () => {
    it('a deep link to Deployment spec.template.spec.containers.resources.limits shows that field, not the pod-level one', async () => {
      const { page, errors } = await openPage(browser());
      const path = 'spec.template.spec.containers.resources.limits';
      await page.goto(pageUrl(site, `/apis/apps/v1/deployments#${path}`));
      const landed = await targeted(page);
      assert.equal(landed.id, path);
      assert.equal(landed.explain, `kubectl explain deployment.${path}`);
      assert.equal(decodeURIComponent(new URL(page.url()).hash), `#${path}`);
      const view = new ResourcePageObject(page);
      assert.equal(await view.isRevealed(view.fieldSummary(path)), true);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('search for the same path, Enter: lands on it', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      const search = new SearchBoxObject(page);
      await search.search('deploy.spec.template.spec.containers.resources.limits');
      assert.match(await search.selected().innerText(), /spec\.template\.spec\.containers\.resources\.limits[\s\S]*Deployment/);
      await page.keyboard.press('Enter');
      const landed = await targeted(page);
      assert.equal(landed.id, 'spec.template.spec.containers.resources.limits');
      assert.equal(landed.explain, 'kubectl explain deployment.spec.template.spec.containers.resources.limits');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a deep link below a definition shown elsewhere lands at its own path (Pod spec.initContainers.image)', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#spec.initContainers.image'));
      const landed = await targeted(page);
      assert.equal(landed.id, 'spec.initContainers.image');
      assert.equal(landed.explain, 'kubectl explain pod.spec.initContainers.image');
      assert.match(page.url(), /\/api\/v1\/pods\/fields\/spec\.initContainers\/?#spec\.initContainers\.image$/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a deep link past the page budget lands on the field view that shows it', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#spec.containers.livenessProbe.exec.command'));
      const landed = await targeted(page);
      assert.equal(landed.id, 'spec.containers.livenessProbe.exec.command');
      const view = new ResourcePageObject(page);
      assert.equal(await view.isRevealed(view.fieldSummary(landed.id)), true);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('search accepts [0], [] and [*], and its results are real links', async () => {
      const { page, errors } = await openPage(browser());
      const search = new SearchBoxObject(page);
      for (const query of ['pod.spec.containers[0].image', 'spec.containers[].image']) {
        await page.goto(pageUrl(site, '/'));
        await search.search(query);
        assert.match(await search.selected().innerText(), /spec\.containers\.image/, query);
      }
      await page.goto(pageUrl(site, '/'));
      await search.search('.spec.template.spec.containers[*].resources.limits');
      const link = search.results().filter({ hasText: 'Deployment' }).first().locator('a');
      assert.match((await link.getAttribute('href')) ?? '', /deployments.*spec\.template\.spec\.containers\.resources\.limits$/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('Pod status.phase is not marked deprecated; the home page labels resources and resource-versions', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods'));
      const pod = new ResourcePageObject(page);
      assert.equal(await pod.fieldSummary('status.phase').locator('.tag-deprecated').count(), 0);
      assert.equal(await pod.fieldSummary('spec.serviceAccount').locator('.tag-deprecated').count(), 1);
      await page.goto(pageUrl(site, '/'));
      assert.equal(await page.locator('[data-stat="resources"]').innerText(), '77');
      assert.equal(await page.locator('[data-stat="resource-versions"]').innerText(), '96');
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

describe('A live server with real CRDs (prometheus-operator, Argo CD)', () => {
  let api: ApiServerDouble;
  let live: LiveSite;
  before(async () => {
    api = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
    const crds = ['prometheus-operator/servicemonitors.monitoring.coreos.com.yaml', 'argo-cd/applications.argoproj.io.yaml'].flatMap((file) =>
      parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file),
    );
    api.installCrds(crds);
    live = await startLiveSite({ ATLAS_SERVER_URL: api.url });
  });
  after(async () => {
    await live?.stop();
    await api?.close();
  });

  it('fields inside a map of lists are shown and deep links to them land (servicemonitors proxyConnectHeader)', async () => {
    const { page, errors } = await openPage(browser());
    const field = 'spec.endpoints.proxyConnectHeader.key';
    await page.goto(`${live.url}/apis/monitoring.coreos.com/v1/servicemonitors#${field}`);
    const landed = await targeted(page);
    assert.equal(landed.id, field);
    assert.match(landed.explain, /^kubectl explain servicemonitors?(\.monitoring\.coreos\.com)?\.spec\.endpoints\.proxyConnectHeader\.key/);
    const response = await page.goto(`${live.url}/apis/monitoring.coreos.com/v1/servicemonitors/fields/spec.endpoints.proxyConnectHeader`);
    assert.equal(response?.status(), 200);
    assert.ok(await page.locator('.fields li[id="spec.endpoints.proxyConnectHeader.name"]').count());
    assert.deepEqual(errors, []);
    await page.close();
  });

  it("a CRD's v1alpha1 carries no Kubernetes policy text", async () => {
    const { page, errors } = await openPage(browser());
    for (const pagePath of ['/apis/argoproj.io/v1alpha1', '/apis/argoproj.io']) {
      await page.goto(`${live.url}${pagePath}`);
      const text = await page.locator('main').innerText();
      assert.doesNotMatch(text, /short-lived test clusters|Disabled by default/, pagePath);
      assert.match(text, /not part of Kubernetes/, pagePath);
      assert.equal((await page.locator('main .badge-alpha').count()) > 0, true);
    }
    await page.goto(`${live.url}/apis/resource.k8s.io`);
    assert.ok((await page.locator('main').innerText()).length > 0);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
