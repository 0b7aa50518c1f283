/**
 * Which encoding `/openapi/v2` was read in, in Chromium: the embedded
 * snapshot is read from JSON (lossless, the default) on every site under
 * test, and a server whose JSON answer is cut short falls back to protobuf
 * and still shows a correct site.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embeddedModel } from '../test-support/model';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { ResourcePageObject } from './support/pages';

const browser = browserForFile();

for (const site of sitesUnderTest()) {
  describe(`OpenAPI encoding (${site.name})`, () => {
    it('the footer says the OpenAPI document was read from JSON', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/'));
      assert.match(await page.locator('footer').innerText(), /discovery: aggregated-v2 · OpenAPI: JSON$/);
      assert.equal(await page.locator('.callout').count(), 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}

const fallbackUrl = process.env.ATLAS_E2E_FALLBACK_URL;
describe(
  'a source whose JSON OpenAPI is cut short (server build)',
  { skip: fallbackUrl ? false : 'ATLAS_E2E_FALLBACK_URL is not set (run through e2e/run.mjs)' },
  () => {
    const site = { name: 'server', url: fallbackUrl ?? '' };

    it('falls back to protobuf, says so, and still counts every definition and operation', async () => {
      const model = await embeddedModel();
      const { page, errors } = await openPage(browser());
      const response = await page.goto(pageUrl(site, '/'));
      assert.equal(response?.status(), 200);
      assert.match(await page.locator('footer').innerText(), /OpenAPI: protobuf$/);
      const warning = await page.locator('.callout-warning').innerText();
      assert.match(warning, /\/openapi\/v2: fell back from JSON: .*bodies\/openapi__v2\.json\.json/);
      assert.equal(await page.locator('[data-stat="schema definitions"]').innerText(), String(Object.keys(model.definitions).length));
      assert.equal(await page.locator('[data-stat="HTTP operations"]').innerText(), '1123');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('renders the Deployment page from the protobuf document', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      const deployment = new ResourcePageObject(page);
      assert.match(await deployment.title().innerText(), /^Deployment\s+apps\/v1/);
      assert.deepEqual(await deployment.operationPaths('create'), ['/apis/apps/v1/namespaces/{namespace}/deployments']);
      await new ResourcePageObject(page).unfold('spec');
      await deployment.fieldSummary('spec.replicas').waitFor({ state: 'visible' });
      assert.match(await deployment.fieldSummary('spec.replicas').innerText(), /replicas\s+integer/);
      assert.deepEqual(errors, []);
      await page.close();
    });
  },
);
