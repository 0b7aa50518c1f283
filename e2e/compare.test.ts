/**
 * Comparing sources and the deprecations page, in Chromium, on every site
 * under test: the embedded 1.28 and 1.36 snapshots are both sources.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findDeprecations, noticeLabel } from '../lib/model/deprecations';
import { diffModels } from '../lib/model/diff';
import { embeddedModel, embeddedModel128 } from '../test-support/model';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';

const browser = browserForFile();

const RANGE = '/compare/kubernetes-1.28...kubernetes-1.36';

for (const site of sitesUnderTest()) {
  describe(`comparisons and deprecations (${site.name})`, () => {
    it('the compare index lists both sources and both directions', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/compare'));
      assert.deepEqual(await page.locator('tr[data-source]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-source'))), [
        'kubernetes-1.36',
        'kubernetes-1.28',
      ]);
      assert.deepEqual((await page.locator('#section-comparisons ~ ul a').allInnerTexts()).sort(), [
        'kubernetes-1.28 → kubernetes-1.36',
        'kubernetes-1.36 → kubernetes-1.28',
      ]);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('the 1.28 → 1.36 page shows the counts the model computes', async () => {
      const diff = diffModels(await embeddedModel128(), await embeddedModel(), { from: 'kubernetes-1.28', to: 'kubernetes-1.36' });
      const { page, errors } = await openPage(browser());
      const response = await page.goto(pageUrl(site, RANGE));
      assert.equal(response?.status(), 200);
      const stat = async (label: string) => Number(await page.locator(`[data-stat="${label}"]`).innerText());
      assert.equal(await stat('group-versions added'), diff.groupVersionsAdded.length);
      assert.equal(await stat('group-versions removed'), diff.groupVersionsRemoved.length);
      assert.equal(await stat('resources added'), diff.resourcesAdded.length);
      assert.equal(await stat('resources removed'), diff.resourcesRemoved.length);
      assert.equal(await stat('resources changed'), diff.resourcesChanged.length);
      assert.equal(await page.locator('[data-added]').count(), diff.resourcesAdded.length);
      assert.ok(await page.locator('[data-added="resource.k8s.io/v1/resourceclaims"]').isVisible());
      assert.match(
        await page.locator('[data-removed="flowcontrol.apiserver.k8s.io/v1beta3/flowschemas"]').innerText(),
        /use flowcontrol\.apiserver\.k8s\.io\/v1 FlowSchema instead \(removed upstream in v1\.32\)/,
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('links resolve on both sides', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, RANGE));
      const removed = page.locator('[data-removed="flowcontrol.apiserver.k8s.io/v1beta3/flowschemas"]');
      // The 1.28 side: the per-resource comparison, which shows what 1.28 served.
      await removed.locator('a').first().click();
      await page.waitForURL(/\/compare\/kubernetes-1\.28\.\.\.kubernetes-1\.36\/apis\/flowcontrol\.apiserver\.k8s\.io\/v1beta3\/flowschemas\/?$/);
      assert.match(await page.locator('main h1').innerText(), /FlowSchema: kubernetes-1\.28 → kubernetes-1\.36/);
      assert.match(await page.locator('tr[data-side="kubernetes-1.36"]').innerText(), /not served/);
      await page.goBack();
      // The 1.36 side (the primary): its reference page.
      await removed.locator('a').nth(1).click();
      await page.waitForURL(/\/apis\/flowcontrol\.apiserver\.k8s\.io\/v1\/flowschemas\/?$/);
      assert.match(await page.locator('main h1').innerText(), /^FlowSchema/);
      await page.goBack();
      // A changed resource's own comparison lists its deep changes.
      await page.locator('details[id="changed-apps/v1/deployments"] > summary').click();
      await page.locator('details[id="changed-apps/v1/deployments"] a', { hasText: 'Deployment: kubernetes-1.28 → kubernetes-1.36' }).click();
      await page.waitForURL(/apis\/apps\/v1\/deployments\/?$/);
      const changes = await page.locator('.field-change').allInnerTexts();
      assert.ok(
        changes.some((c) => /added\s+status\.terminatingReplicas/.test(c)),
        changes.join('\n'),
      );
      await page.close();
    });

    it('the deprecations page lists the deprecated APIs the documents mark', async () => {
      const expected = findDeprecations(await embeddedModel()).map(noticeLabel);
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/deprecations'));
      const shown = await page.locator('tr[data-deprecated]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-deprecated')));
      assert.deepEqual([...shown].sort(), [...expected].sort());
      for (const api of ['ComponentStatus', 'Endpoints', 'PodSpec.serviceAccount']) assert.ok(shown.includes(api), api);
      await page.locator('tr[data-deprecated="PodSpec.serviceAccount"] a').click();
      await page.waitForURL(/definitions\/io\.k8s\.api\.core\.v1\.PodSpec\/?#serviceAccount$/);
      assert.match(await page.locator('.fields li[id="serviceAccount"]').innerText(), /deprecated/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
