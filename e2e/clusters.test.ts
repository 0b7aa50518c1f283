/**
 * One site for several clusters, in Chromium. The server build with three
 * sources — the embedded 1.36 snapshot (primary), the 1.28 snapshot, and a
 * live kube-apiserver double ("dev": 1.36 plus real CRDs, one aggregated
 * group-version down) — and a fourth that never answers ("gone"). Then the
 * static export (both snapshots are its sources), at the root and under
 * /atlas: every snapshot cluster is rendered under /c/NAME.
 */
import assert from 'node:assert/strict';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApiServerDouble } from '../test-support/apiserver';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { FAILING_GROUP_VERSION, startClusterDouble } from './support/cluster-double';
import { eventually } from './support/eventually';
import { startLiveSite, type LiveSite } from './support/live-site';

const browser = browserForFile();

/** A port nothing listens on: the "gone" cluster. */
function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Opens the header's switcher and waits until it knows where each cluster leads. */
async function openSwitcher(page: Page): Promise<void> {
  await page.locator('.cluster-switcher[data-ready] > button').click();
  await page.locator('.cluster-menu li[data-exact]').first().waitFor();
}

const choice = (page: Page, cluster: string) => page.locator(`.cluster-menu li[data-cluster="${cluster}"]`);

/**
 * The page does not scroll sideways; every wide table's box is a focusable,
 * labelled region, fits in the viewport's height (so its horizontal scroll
 * bar can be on screen) and reveals its last column when scrolled to the end.
 */
async function assertTablesFit(page: Page, where: string): Promise<void> {
  const layout = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
    boxes: [...document.querySelectorAll<HTMLElement>('.table-wrap')].map((box) => {
      box.scrollLeft = box.scrollWidth;
      const cells = box.querySelectorAll('thead th');
      const last = cells[cells.length - 1]?.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      return {
        focusable: box.tabIndex === 0 && box.getAttribute('role') === 'region' && Boolean(box.getAttribute('aria-label')),
        height: rect.height,
        lastColumnShown: last === undefined || last.right <= rect.right + 1,
      };
    }),
  }));
  assert.ok(layout.page <= layout.viewport, `${where}: the page is ${layout.page} px wide in a ${layout.viewport} px viewport`);
  assert.ok(layout.boxes.length > 0, `${where}: no table box`);
  for (const [i, box] of layout.boxes.entries()) {
    assert.ok(box.focusable, `${where}: table box ${i} is not a focusable, labelled region`);
    assert.ok(box.height <= 800, `${where}: table box ${i} is ${box.height} px tall, its scroll bar off screen`);
    assert.ok(box.lastColumnShown, `${where}: table box ${i} does not reveal its last column`);
  }
}

describe('several clusters on the server build', () => {
  let dev: ApiServerDouble;
  let site: LiveSite;

  before(async () => {
    dev = await startClusterDouble();
    site = await startLiveSite({
      ATLAS_SOURCES: `kubernetes-1.28=snapshots/kubernetes-1.28,dev=url:${dev.url},gone=url:http://127.0.0.1:${await closedPort()}`,
      ATLAS_REFRESH_SECONDS: '1',
      ATLAS_TIMEOUT_SECONDS: '2',
      ATLAS_RETRIES: '0',
    });
  });
  after(async () => {
    await site?.stop();
    await dev?.close();
  });

  it('switching cluster keeps the API path, and says when it is not served there and offers the nearest', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/apis/apps/v1/deployments`);
    await openSwitcher(page);
    assert.deepEqual(await page.locator('.cluster-menu li[data-cluster]').evaluateAll((items) => items.map((i) => i.getAttribute('data-cluster'))), [
      'kubernetes-1.36',
      'kubernetes-1.28',
      'dev',
      'gone',
    ]);
    assert.equal(await choice(page, 'dev').locator('a').first().getAttribute('href'), '/c/dev/apis/apps/v1/deployments');
    await choice(page, 'kubernetes-1.28').locator('a').first().click();
    await page.waitForURL(`${site.url}/c/kubernetes-1.28/apis/apps/v1/deployments`);
    assert.match(await page.locator('main h1').innerText(), /^Deployment/);
    assert.match(await page.locator('[data-cluster-bar]').innerText(), /kubernetes-1\.28/);
    // Links of the page, the sidebar (a client leaf) and the field tree stay on the cluster.
    assert.equal(await page.locator('.sidebar a', { hasText: 'apps' }).first().getAttribute('href'), '/c/kubernetes-1.28/apis/apps');
    assert.equal(await page.locator('.breadcrumbs a', { hasText: 'apis' }).first().getAttribute('href'), '/c/kubernetes-1.28/apis');
    assert.match(
      (await page.locator('.field-tree a[href*="/definitions/"]').first().getAttribute('href')) ?? '',
      /^\/c\/kubernetes-1\.28\/definitions\//,
    );

    // FlowSchema v1 is not served by 1.28: the switcher names its nearest, v1beta3.
    await page.goto(`${site.url}/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas`);
    await openSwitcher(page);
    const older = choice(page, 'kubernetes-1.28');
    assert.equal(await older.getAttribute('data-exact'), 'false');
    assert.match(
      await older.locator('.switch-note').innerText(),
      /flowcontrol\.apiserver\.k8s\.io\/v1 flowschemas is not served by kubernetes-1\.28; nearest: .*v1beta3/,
    );
    await older.locator('a').first().click();
    await page.waitForURL(`${site.url}/c/kubernetes-1.28/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas`);
    // And back: the 1.28 page's switcher leads to the primary's unprefixed v1 page.
    await openSwitcher(page);
    assert.equal(
      await choice(page, 'kubernetes-1.36').locator('a').first().getAttribute('href'),
      '/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas',
    );
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('the matrix is right for a kind served by two of the three clusters that load', async () => {
    const { page, errors } = await openPage(browser());
    await page.goto(`${site.url}/kinds/ResourceSlice`);
    const matrix = page.locator('#section-served-where ~ .table-wrap .served-matrix');
    const served = (cluster: string) =>
      matrix.locator(`tr[data-cluster="${cluster}"] td[data-served]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-served')));
    const columns = await matrix.locator('th[data-column]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-column')));
    assert.equal(columns[0], 'resource.k8s.io/v1');
    assert.equal((await served('kubernetes-1.36'))[0], 'preferred');
    assert.equal((await served('dev'))[0], 'preferred');
    assert.ok((await served('kubernetes-1.28')).every((s) => s === 'no'));
    assert.deepEqual(await served('gone'), ['unknown']);
    // A cell opens the page on that cluster.
    assert.equal(await matrix.locator('tr[data-cluster="dev"] td a').first().getAttribute('href'), '/c/dev/apis/resource.k8s.io/v1/resourceslices');

    await page.goto(`${site.url}/apis/resource.k8s.io/v1/resourceslices`);
    assert.match(
      await page.locator('[data-served-elsewhere]').innerText(),
      /^Also served by dev \(v1.*\), not by kubernetes-1\.28; gone unknown \(down\)/,
    );

    // Every GVK, filtered to what not every cluster serves.
    await page.goto(`${site.url}/served?q=resourceslice&served=not-everywhere`);
    await page.locator('output[data-gvk-count]').waitFor();
    const rows = await page.locator('#gvk-table tbody tr:not([hidden])').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-gvk')));
    assert.ok(rows.includes('resource.k8s.io/v1 ResourceSlice'), rows.join(', '));
    assert.ok(rows.every((r) => r?.endsWith('ResourceSlice')));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('/served filters and pages on the server, so it works without JavaScript and stays small', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/served?q=resourceslice&served=not-everywhere`);
    const rows = await page.locator('#gvk-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-gvk')));
    assert.ok(rows.includes('resource.k8s.io/v1 ResourceSlice'), rows.join(', '));
    assert.ok(rows.every((r) => r?.endsWith('ResourceSlice')));
    assert.equal(await page.locator('output[data-gvk-count]').getAttribute('data-gvk-count'), String(rows.length));
    // The form is a plain GET form: submitted without JavaScript it filters too, and keeps the cluster choice.
    await page.locator('#gvk-filter input[name="q"]').fill('flowschema');
    await page.locator('#gvk-filter select[name="cluster"]').selectOption('kubernetes-1.28');
    await page.locator('#gvk-filter button[type="submit"]').click();
    await page.waitForURL(/\/served\?q=flowschema&served=not-everywhere&cluster=kubernetes-1\.28$/);
    const filtered = await page.locator('#gvk-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-gvk')));
    assert.ok(filtered.includes('flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema'), filtered.join(', '));
    // flowcontrol v1 came after 1.28: the cluster filter leaves it out.
    assert.ok(!filtered.includes('flowcontrol.apiserver.k8s.io/v1 FlowSchema'), filtered.join(', '));
    assert.ok(
      filtered.every((r) => r?.endsWith(' FlowSchema')),
      filtered.join(', '),
    );

    // Unfiltered, a page holds at most 100 rows, one link per row (the kind) and none per cell; page 2 holds the rest.
    await page.goto(`${site.url}/served`);
    const total = Number(await page.locator('output[data-gvk-count]').getAttribute('data-gvk-count'));
    assert.ok(total > 100, `only ${total} GVKs: the paging is not exercised`);
    const rowsOf = () => page.locator('#gvk-table tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-gvk')));
    const page1 = await rowsOf();
    assert.equal(page1.length, 100);
    assert.equal(await page.locator('#gvk-table tbody td[data-served] a').count(), 0);
    assert.equal(await page.locator('#gvk-table tbody tr td:first-child a').count(), 100);
    await page.locator('.pager a[rel="next"]').first().click();
    await page.waitForURL(/\/served\?page=2$/);
    assert.equal(await page.locator('[data-gvk-page]').first().getAttribute('data-gvk-page'), '2');
    const page2 = await rowsOf();
    assert.equal(new Set([...page1, ...page2]).size, total, 'the two pages do not hold every GVK once');
    await context.close();
  });

  it('wide tables scroll in their own focusable box at 1280 px: the page never scrolls sideways, every column is reachable', async () => {
    const { page, errors } = await openPage(browser());
    for (const width of [1280, 900]) {
      await page.setViewportSize({ width, height: 800 });
      for (const route of ['/served', '/kinds/ResourceSlice', '/c/dev/apis/resource.k8s.io/v1/resourceslices']) {
        await page.goto(`${site.url}${route}`);
        await assertTablesFit(page, `${route} at ${width} px`);
      }
    }
    // At 900 px the GVK table is wider than its box: the keyboard scrolls it, and its scroll bar is on screen.
    await page.goto(`${site.url}/served`);
    const wrap = page.locator('.table-wrap:has(#gvk-table)');
    assert.ok(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth), 'the GVK table does not overflow its box at 900 px');
    await wrap.focus();
    await page.keyboard.press('ArrowRight');
    await eventually('the box to scroll right', async () => ((await wrap.evaluate((el) => el.scrollLeft)) > 0 ? true : undefined));
    await page.screenshot({ path: path.join(os.tmpdir(), 'kube-api-atlas-served-900.png') });
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('a failing cluster shows it on its own pages and in the matrix, and the others keep working', async () => {
    const { page, errors } = await openPage(browser());
    const gone = await page.goto(`${site.url}/c/gone/apis/apps/v1/deployments`);
    assert.equal(gone?.status(), 200);
    assert.match(await page.locator('.source-failure').innerText(), /cannot reach the server/);
    assert.match(await page.locator('[data-cluster-bar] [data-health]').innerText(), /down/);

    await page.goto(`${site.url}/clusters`);
    assert.equal(await page.locator('tr[data-cluster="gone"]').getAttribute('data-health'), 'down');
    assert.equal(await page.locator('tr[data-cluster="dev"]').getAttribute('data-health'), 'ok');
    assert.match(
      await page.locator('tr[data-cluster="dev"]').innerText(),
      new RegExp(`one group-version not answering: ${FAILING_GROUP_VERSION.replace(/\./g, '\\.')}`),
    );

    // dev's CRDs and its other groups are browsable; the failing group-version is marked.
    await page.goto(`${site.url}/c/dev/apis/cert-manager.io/v1/certificates`);
    assert.match(await page.locator('main h1').innerText(), /^Certificate/);
    // The failing group-version is marked in dev's row of its group's matrix.
    await page.goto(`${site.url}/c/dev/apis/monitoring.coreos.com`);
    assert.equal(await page.locator('tr[data-cluster="dev"] td[data-served] .tag-warning').first().innerText(), 'degraded');

    // The primary and the other snapshot are untouched.
    assert.match(await (await fetch(`${site.url}/apis/apps/v1/deployments`)).text(), /Deployment/);
    assert.equal((await fetch(`${site.url}/c/kubernetes-1.28/api/v1/pods`)).status, 200);

    // dev stops answering: its pages turn stale (the last good copy), the others stay as they were.
    await dev.close();
    // The next request after ATLAS_REFRESH_SECONDS=1 revalidates and finds dev gone.
    await eventually('dev to turn stale', async () => {
      await page.goto(`${site.url}/c/dev/apis/apps/v1/deployments`);
      return (await page.locator('.stale-banner').count()) > 0 ? true : undefined;
    });
    assert.match(await page.locator('[data-cluster-bar] [data-health]').innerText(), /stale/);
    await page.goto(`${site.url}/apis/apps/v1/deployments`);
    assert.equal(await page.locator('.stale-banner').count(), 0);
    assert.deepEqual(
      errors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
    await page.close();
  });
});

for (const exported of sitesUnderTest().filter((s) => s.name !== 'server')) {
  describe(`every snapshot cluster in the export (${exported.name})`, () => {
    it('renders the 1.28 snapshot under /c/kubernetes-1.28 with its own links, search (and search across clusters) and OpenAPI slices', async () => {
      const { page, errors } = await openPage(browser());
      const response = await page.goto(pageUrl(exported, '/c/kubernetes-1.28/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas'));
      assert.equal(response?.status(), 200);
      assert.match(await page.locator('main h1').innerText(), /^FlowSchema/);
      const base = exported.basePath;
      assert.equal(await page.locator('.sidebar a', { hasText: 'apps' }).first().getAttribute('href'), `${base}/c/kubernetes-1.28/apis/apps/`);
      const slice = await fetch(`${exported.url}/c/kubernetes-1.28/openapi/v2/apis/flowcontrol.apiserver.k8s.io/v1beta3.json`);
      assert.equal(slice.status, 200);

      // Search on a 1.28 page searches 1.28 and stays on it.
      await page.locator('.search input[data-ready]').fill('podschedulingcontexts');
      await page.locator('.search [role="option"]').first().waitFor();
      await page.keyboard.press('Enter');
      await page.waitForURL(new RegExp(`${base}/c/kubernetes-1\\.28/apis/resource\\.k8s\\.io/v1alpha2/podschedulingcontexts/?$`));

      // From the primary, "every cluster" finds what only 1.28 serves, says where, and opens it there.
      await page.goto(pageUrl(exported, '/apis/apps/v1/deployments'));
      await page.locator('.search input[data-ready]').fill('podschedulingcontexts');
      await page.locator('.search .search-scope').click();
      const found = page.locator('.search [role="option"]', { has: page.locator('[data-served-by="kubernetes-1.28"]') }).first();
      await found.waitFor();
      assert.match(await found.innerText(), /PodSchedulingContext/);
      await found.click();
      await page.waitForURL(new RegExp(`${base}/c/kubernetes-1\\.28/apis/resource\\.k8s\\.io/v1alpha2/podschedulingcontexts/?$`));

      // The switcher leads back to the primary's unprefixed page.
      await page.goto(pageUrl(exported, '/c/kubernetes-1.28/apis/apps/v1/deployments'));
      await openSwitcher(page);
      assert.equal(await choice(page, 'kubernetes-1.36').locator('a').first().getAttribute('href'), `${base}/apis/apps/v1/deployments/`);
      await page.goto(pageUrl(exported, '/served'));
      assert.deepEqual(await page.locator('#gvk-table thead th[data-column]').evaluateAll((ths) => ths.map((t) => t.getAttribute('data-column'))), [
        'kubernetes-1.36',
        'kubernetes-1.28',
      ]);
      assert.deepEqual(errors, []);
      await page.close();
    });
  });
}
