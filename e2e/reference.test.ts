/**
 * The API reference in Chromium, against every site under test: the server
 * (`next start`), the static export, and the static export under a base path.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { embeddedModel } from '../test-support/model';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { ResourcePageObject } from './support/pages';

const browser = browserForFile();

for (const site of sitesUnderTest()) {
  describe(`API reference (${site.name})`, () => {
    it('the home page lists every group with its versions', async () => {
      const model = await embeddedModel();
      const { page, errors } = await openPage(browser());
      const response = await page.goto(pageUrl(site, '/'));
      assert.equal(response?.status(), 200);
      const shown = await page.locator('.group-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-group')));
      assert.deepEqual(
        shown,
        model.groups.map((g) => g.displayName),
      );
      assert.match(await page.locator('h1').innerText(), /Kubernetes v1\.36\.0 API/);
      const autoscaling = await page.locator('.group-row[data-group="autoscaling"] .version-chip').allInnerTexts();
      assert.deepEqual(
        autoscaling.map((t) => t.replace(/\s+/g, ' ').trim()),
        ['v2 stable preferred', 'v1 stable'],
      );
      // "How the API is organised": cards of one width in rows that start level (a grid, not a row squeezed to fit).
      const cards = await page.locator('.explainers > div').evaluateAll((divs) => divs.map((d) => d.getBoundingClientRect()));
      assert.equal(cards.length, 5);
      assert.equal(new Set(cards.map((c) => Math.round(c.width))).size, 1, 'the cards have one width');
      assert.equal(Math.round(cards[0]!.top), Math.round(cards[1]!.top), 'the first row starts level');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it("an operation's parameter links to its one entry in the parameter list, description included", async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods'));
      const list = page.locator('#verb-list details.op').first();
      await list.locator('summary').click();
      await list.locator('.op-params a', { hasText: /^labelSelector$/ }).click();
      await page.waitForURL(/\/parameters\/?#param-labelSelector$/);
      const entry = page.locator('[id="param-labelSelector"]');
      assert.match(
        await entry.innerText(),
        /labelSelector\s+\(query, string\)\s+A selector to restrict the list of returned objects by their labels/,
      );
      // Each distinct parameter once: the long query texts are not repeated per resource.
      assert.equal(await page.getByText('A selector to restrict the list of returned objects by their labels.').count(), 1);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('the Deployment page shows spec.replicas and the list, watch and create operations', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      const deployment = new ResourcePageObject(page);
      assert.match(await deployment.title().innerText(), /^Deployment\s+apps\/v1/);
      assert.deepEqual(await deployment.operationPaths('list'), ['/apis/apps/v1/deployments', '/apis/apps/v1/namespaces/{namespace}/deployments']);
      assert.ok((await deployment.operationPaths('watch')).includes('/apis/apps/v1/namespaces/{namespace}/deployments?watch=true'));
      assert.deepEqual(await deployment.operationPaths('create'), ['/apis/apps/v1/namespaces/{namespace}/deployments']);
      await new ResourcePageObject(page).unfold('spec');
      await deployment.fieldSummary('spec.replicas').waitFor({ state: 'visible' });
      assert.match(await deployment.fieldSummary('spec.replicas').innerText(), /replicas\s+integer/);
      assert.match(await deployment.fieldDescription('spec.replicas').innerText(), /Number of desired pods/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a deep link opens the right field', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments#spec.template.spec.containers'));
      const deployment = new ResourcePageObject(page);
      const containers = deployment.fieldSummary('spec.template.spec.containers');
      await page.waitForFunction(() => document.querySelector('.fields li[id="spec.template.spec.containers"] > details')?.hasAttribute('open'));
      assert.equal(await deployment.isRevealed(containers), true);
      assert.match(await containers.innerText(), /containers\s+\[\]Container\s+required/i);
      // Its fields are unfolded too (below the fold since each field shows its kubectl explain command).
      assert.equal(await deployment.isUnfolded(deployment.fieldSummary('spec.template.spec.containers.image')), true);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a deep link to a field whose definition the page shows elsewhere lands at its own path, on its field view', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#spec.initContainers.image'));
      await page.waitForFunction(() => location.hash === '#spec.initContainers.image' && location.pathname.includes('/fields/'));
      const pod = new ResourcePageObject(page);
      await page.waitForFunction(() => document.querySelector('.field-targeted') !== null);
      assert.equal(await pod.isRevealed(pod.fieldSummary('spec.initContainers.image')), true);
      await page.close();
    });

    it('links between pages resolve (breadcrumbs, resource table, definitions)', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1'));
      await page.locator('.resources-table a', { hasText: 'StatefulSet' }).click();
      await page.waitForURL(/statefulsets/);
      assert.match(await page.locator('main h1').innerText(), /StatefulSet/);
      await page.locator('.facts a', { hasText: 'io.k8s.api.apps.v1.StatefulSet' }).click();
      await page.waitForURL(/definitions\/io\.k8s\.api\.apps\.v1\.StatefulSet/);
      assert.match(await page.locator('main h1').innerText(), /StatefulSet/);
      await page.locator('.breadcrumbs a', { hasText: 'definitions' }).click();
      await page.waitForURL(/\/definitions\/?$/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a made-up resource gets the 404 page with the nearest match', async () => {
      const { page } = await openPage(browser());
      const response = await page.goto(pageUrl(site, '/apis/apps/v1/deploymnets'));
      assert.equal(response?.status(), 404);
      assert.equal(await page.locator('main h1').innerText(), 'Not found');
      const suggestion = page.locator('.suggestions a').first();
      await suggestion.waitFor();
      assert.equal(await suggestion.innerText(), '/apis/apps/v1/deployments');
      await suggestion.click();
      await page.waitForURL(/\/apis\/apps\/v1\/deployments\/?$/);
      assert.match(await page.locator('main h1').innerText(), /Deployment/);
      await page.close();
    });

    it('a field view address always lands on the field', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments/fields/spec.template.spec.containers'));
      // The server renders the field view; the export, which shows this field on the resource page, goes to its deep link.
      await page.waitForFunction(() => document.querySelector('[id="spec.template.spec.containers.image"]') !== null);
      assert.match(await page.locator('main').innerText(), /containers/);
      if (site.name !== 'server') assert.match(page.url(), /\/apis\/apps\/v1\/deployments\/#spec\.template\.spec\.containers$/);
      await page.close();
    });

    it('shows honestly what only one side knows', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/scheduling.k8s.io/v1alpha2/compositepodgroups'));
      assert.match(await page.locator('main').innerText(), /no schema published/i);
      await page.goto(pageUrl(site, '/api/v1/pods'));
      // Subresources are not laid out until near the screen (content-visibility): scroll there, as a reader would.
      const resize = page.locator('#subresource-resize');
      await resize.scrollIntoViewIfNeeded();
      await page.waitForFunction(() => document.querySelector('#subresource-resize > h3')?.checkVisibility({ contentVisibilityAuto: true }));
      assert.match(await resize.innerText(), /not in discovery/i);
      await page.close();
    });

    it('follows the system colour scheme, and the stored choice of the theme toggle over it', async () => {
      for (const scheme of ['light', 'dark'] as const) {
        for (const stored of [undefined, 'light', 'dark'] as const) {
          const context = await browser().newContext({ colorScheme: scheme });
          const page = await context.newPage();
          if (stored) await page.addInitScript((theme) => localStorage.setItem('atlas-theme', theme), stored);
          await page.goto(pageUrl(site, '/'));
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const expected = (stored ?? scheme) === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)';
          assert.equal(background, expected, `system ${scheme}, stored ${stored ?? 'none'}`);
          await context.close();
        }
      }
    });

    it('lists the non-resource endpoints', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/endpoints'));
      const paths = await page.locator('.op-path').allInnerTexts();
      for (const expected of ['/version/', '/.well-known/openid-configuration/', '/logs/{logpath}', '/openid/v1/jwks/'])
        assert.ok(paths.includes(expected), expected);
      await page.close();
    });
  });
}
