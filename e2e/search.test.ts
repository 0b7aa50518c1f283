/**
 * Finding things: the search box (keyboard only), kind pages, field views,
 * examples with copy buttons, the sidebar and prev/next, in Chromium against
 * the server, the static export and the export under /atlas.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { ResourcePageObject, SearchBoxObject } from './support/pages';

const browser = browserForFile();

const trailing = (site: { name: string }) => (site.name === 'server' ? '' : '/');

for (const site of sitesUnderTest()) {
  const base = new URL(site.url).pathname.replace(/\/$/, '');
  describe(`Search and navigation (${site.name})`, () => {
    it('press /, type hpa, press Enter: lands on the HorizontalPodAutoscaler page', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1'));
      const search = new SearchBoxObject(page);
      await search.search('hpa');
      assert.match(await search.selected().innerText(), /HorizontalPodAutoscaler[\s\S]*autoscaling\/v2/);
      await page.keyboard.press('Enter');
      await page.waitForURL(`${site.url}/apis/autoscaling/v2/horizontalpodautoscalers${trailing(site)}`);
      assert.match(await page.locator('main h1').innerText(), /^HorizontalPodAutoscaler\s+autoscaling\/v2/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a field beyond the resource page lands on its field view, visible', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/'));
      const search = new SearchBoxObject(page);
      await search.search('livenessProbe.exec.command');
      assert.match(await search.selected().innerText(), /spec\.containers\.livenessProbe\.exec\.command[\s\S]*Pod · v1/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/api\/v1\/pods\/fields\/spec\.containers\.livenessProbe\/?#spec\.containers\.livenessProbe\.exec\.command$/);
      const view = new ResourcePageObject(page);
      const field = view.fieldSummary('spec.containers.livenessProbe.exec.command');
      await page.waitForFunction(() => document.querySelector('.field-targeted') !== null);
      assert.equal(await view.isRevealed(field), true);
      assert.match(await field.innerText(), /command\s+\[\]string/);
      assert.match(await page.locator('main h1').innerText(), /spec\.containers\.livenessProbe\s+Pod · v1/);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a field the resource page shows lands there, revealed; arrows pick another result', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/'));
      const search = new SearchBoxObject(page);
      await search.search('tolerations');
      assert.match(await search.selected().innerText(), /^field\s+spec\.tolerations[\s\S]*Pod · v1/i);
      const deployment = (await search.results().allInnerTexts()).findIndex((t) => /spec\.template\.spec\.tolerations[\s\S]*Deployment/.test(t));
      assert.ok(deployment > 0);
      for (let i = 0; i < deployment; i++) await page.keyboard.press('ArrowDown');
      assert.match(await search.selected().innerText(), /Deployment/);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/apis\/apps\/v1\/deployments\/?#spec\.template\.spec\.tolerations$/);
      const resource = new ResourcePageObject(page);
      await page.waitForFunction(() => document.querySelector('.field-targeted') !== null);
      assert.equal(await resource.isRevealed(resource.fieldSummary('spec.template.spec.tolerations')), true);
      await page.close();
    });

    it('Ctrl-K opens search anywhere, Escape closes it; the engine loads only then', async () => {
      const { page } = await openPage(browser());
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.goto(pageUrl(site, '/api/v1/pods'));
      const search = new SearchBoxObject(page);
      await search.ready();
      assert.equal(requests.filter((url) => url.includes('search-index.json')).length, 0, 'no index before search is used');
      await page.keyboard.press('Control+k');
      assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('search-input')), true);
      await page.keyboard.type('Deploymnet');
      await search.results().first().waitFor();
      assert.match(await search.selected().innerText(), /^resource\s+Deployment/i);
      assert.deepEqual(
        requests.filter((url) => url.includes('search-index.json')),
        [`${site.url}/search-index.json`],
      );
      await page.keyboard.press('Escape');
      await search.results().first().waitFor({ state: 'detached' });
      await page.close();
    });

    it('a kind page lists every group-version serving it and marks the preferred one', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/kinds/HorizontalPodAutoscaler'));
      const rows = await page
        .locator('.kind-table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-group-version'), tr.querySelector('.badge-preferred') !== null]));
      assert.deepEqual(rows, [
        ['autoscaling/v2', true],
        ['autoscaling/v1', false],
      ]);
      await page.locator('.kind-table a', { hasText: 'horizontalpodautoscalers' }).last().click();
      await page.waitForURL(/\/apis\/autoscaling\/v1\/horizontalpodautoscalers\/?$/);
      await page.close();
    });

    it('the resource page links objects it does not inline to their field views', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(pageUrl(site, '/api/v1/pods#spec.containers.livenessProbe'));
      // Wait for the deep link to have landed (it scrolls), so the click below does not race the scroll.
      await page.waitForSelector('li.field-targeted[id="spec.containers.livenessProbe"]');
      const link = page.locator('.fields li[id="spec.containers.livenessProbe"] .field-stop a', {
        hasText: 'open spec.containers.livenessProbe',
      });
      await link.click();
      await page.waitForURL(/\/api\/v1\/pods\/fields\/spec\.containers\.livenessProbe\/?$/);
      assert.match(await page.locator('#field-explain').innerText(), /^kubectl explain pod\.spec\.containers\.livenessProbe$/);
      assert.ok(await page.locator('.fields li[id="spec.containers.livenessProbe.exec.command"]').count());
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('examples: a manifest skeleton and scope-correct commands, with working copy buttons', async () => {
      const context = await browser().newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      const manifest = await page.locator('#example-manifest').innerText();
      assert.match(manifest, /^apiVersion: apps\/v1\nkind: Deployment\n/);
      assert.match(manifest, /selector:\n\s+matchLabels:/);
      assert.equal(await page.locator('#example-list-curl').innerText(), 'curl http://127.0.0.1:8001/apis/apps/v1/namespaces/default/deployments');
      // Copying needs the page's script (one delegated listener): it runs once the page is hydrated.
      await new SearchBoxObject(page).ready();
      await page.locator('#example-manifest').locator('xpath=../..').getByRole('button', { name: 'Copy' }).click();
      await page.locator('#example-manifest').locator('xpath=../..').getByRole('button', { name: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), manifest.endsWith('\n') ? manifest : `${manifest}\n`);
      // Each field shows its kubectl explain command once the page runs.
      await new ResourcePageObject(page).unfold('spec');
      const explain = page.locator('.fields li[id="spec.replicas"] .explain code');
      await explain.waitFor();
      assert.equal(await explain.innerText(), 'kubectl explain deployment.spec.replicas');
      await page.goto(pageUrl(site, '/api/v1/nodes'));
      assert.equal(await page.locator('#example-list-curl').innerText(), 'curl http://127.0.0.1:8001/api/v1/nodes');
      assert.equal(await page.locator('#example-list-kubectl').innerText(), 'kubectl get nodes');
      // A field view's explain line copies the same way.
      await page.goto(pageUrl(site, '/api/v1/pods/fields/spec.containers.livenessProbe'));
      await new SearchBoxObject(page).ready();
      await page.locator('#field-explain').locator('xpath=..').getByRole('button', { name: 'Copy' }).click();
      await page.locator('#field-explain').locator('xpath=..').getByRole('button', { name: 'Copied' }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'kubectl explain pod.spec.containers.livenessProbe');
      await context.close();
    });

    it('the sidebar marks the current page; prev/next walk the group-version', async () => {
      const { page } = await openPage(browser());
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
      assert.equal(await page.locator('.sidebar a[aria-current="page"]').innerText(), 'Deployment');
      assert.equal(await page.locator('.prev-next a[rel="prev"]').getAttribute('href'), `${base}/apis/apps/v1/daemonsets${trailing(site)}`);
      await page.locator('.prev-next a[rel="next"]').click();
      await page.waitForURL(/\/apis\/apps\/v1\/replicasets\/?$/);
      assert.equal(await page.locator('.sidebar a[aria-current="page"]').innerText(), 'ReplicaSet');
      await page.close();
    });

    if (site.name === 'server') {
      it('renders a field view for any path on the server, such as spec.template.spec.containers', async () => {
        const { page } = await openPage(browser());
        const response = await page.goto(pageUrl(site, '/apis/apps/v1/deployments/fields/spec.template.spec.containers'));
        assert.equal(response?.status(), 200);
        assert.equal(await page.locator('#field-explain').innerText(), 'kubectl explain deployment.spec.template.spec.containers');
        assert.ok(await page.locator('.fields li[id="spec.template.spec.containers.image"]').count());
        assert.equal((await page.goto(pageUrl(site, '/apis/apps/v1/deployments/fields/spec.nope')))?.status(), 404);
        await page.close();
      });
    }
  });
}
