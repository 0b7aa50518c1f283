/**
 * The OpenAPI tab (Swagger UI on spec slices) in Chromium against the
 * server, the static export and the export under /atlas: no Swagger UI code
 * before the tab opens, the operations of the slice after, the site colours
 * in the dark theme; and "Try it out" in live mode against the kube-apiserver
 * double: a GET answered by the cluster, a DELETE refused by the site's
 * server unless ATLAS_TRY_IT=write, and no credentials anywhere.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { groupVersionSlice, isResourcePath, sliceDocument } from '../lib/openapi/slice';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig, type ApiServerDouble } from '../test-support/apiserver';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../test-support/fixtures';
import { embeddedModel } from '../test-support/model';
import { browserForFile, openPage, pageUrl, sitesUnderTest } from './support/browser';
import { startLiveSite, type LiveSite } from './support/live-site';
import { holdScripts, OpenApiTabObject } from './support/pages';

/** A class name only Swagger UI's code and CSS contain. */
const SWAGGER_MARKER = 'opblock-summary-path';
const ARTIFACTS = path.join(PROJECT_ROOT, 'e2e/.artifacts');

const browser = browserForFile();

const doc = (await embeddedModel()).openapi!;
const appsV1 = groupVersionSlice(doc, 'apps', 'v1');
const operationIds = (spec: typeof doc) =>
  Object.values(spec.paths).flatMap((item) =>
    Object.values(item ?? {}).flatMap((op) => ((op as { operationId?: string }).operationId ? [(op as { operationId: string }).operationId] : [])),
  );
const deploymentOperations = operationIds(sliceDocument(appsV1, (p) => isResourcePath(p, { group: 'apps', version: 'v1', name: 'deployments' })));

interface Loaded {
  url: string;
  type: string;
  body: string;
}

/** Records every answer a page gets, with the text of scripts, stylesheets and fetches. */
function recordResponses(page: Page): Loaded[] {
  const loaded: Loaded[] = [];
  page.on('response', async (response) => {
    const type = response.request().resourceType();
    const body = ['script', 'stylesheet', 'fetch', 'document'].includes(type) ? await response.text().catch(() => '') : '';
    loaded.push({ url: response.url(), type, body });
  });
  return loaded;
}

const bytes = (items: Loaded[]) => items.reduce((n, item) => n + Buffer.byteLength(item.body), 0);

for (const site of sitesUnderTest()) {
  const base = new URL(site.url).pathname.replace(/\/$/, '');
  describe(`OpenAPI tab (${site.name})`, () => {
    it('a resource page loads no Swagger UI until the tab opens; then shows its operations from the slice file', async () => {
      const { page, errors } = await openPage(browser());
      const loaded = recordResponses(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'), { waitUntil: 'networkidle' });
      const initial = [...loaded];
      const initialScripts = initial.filter((l) => l.type === 'script');
      assert.ok(initialScripts.length > 0);
      assert.deepEqual(
        initialScripts.filter((l) => l.body.includes(SWAGGER_MARKER)).map((l) => l.url),
        [],
        'no Swagger UI chunk before the tab opens',
      );
      assert.deepEqual(
        initial.filter((l) => l.type === 'stylesheet' && l.body.includes('.swagger-ui')).map((l) => l.url),
        [],
        'no Swagger UI CSS before the tab opens',
      );
      assert.equal(initial.filter((l) => l.url.includes('/openapi/v2')).length, 0);
      const html = initial.find((l) => l.type === 'document')!.body;
      assert.doesNotMatch(html, /"swagger":\s*"2\.0"/, 'the slice is not inlined into the page');

      const tab = new OpenApiTabObject(page);
      await tab.open();
      await page.waitForLoadState('networkidle');
      assert.deepEqual((await tab.operationIds()).sort(), [...deploymentOperations].sort());
      assert.ok(deploymentOperations.includes('listAppsV1NamespacedDeployment'));
      const opened = loaded.slice(initial.length);
      assert.ok(
        opened.some((l) => l.type === 'script' && l.body.includes(SWAGGER_MARKER)),
        'the Swagger UI chunk loads with the tab',
      );
      assert.ok(
        opened.some((l) => l.type === 'stylesheet' && l.body.includes('.swagger-ui')),
        'its CSS loads with the tab',
      );
      assert.deepEqual(
        opened.filter((l) => l.type === 'fetch').map((l) => new URL(l.url).pathname),
        [`${base}/openapi/v2/apis/apps/v1.json`],
      );
      assert.deepEqual(
        loaded.filter((l) => new URL(l.url).origin !== new URL(site.url).origin).map((l) => l.url),
        [],
        'nothing is fetched from elsewhere',
      );
      // A snapshot or an export has no cluster to send to: no Try it out button, and the tab says why.
      assert.equal(await tab.panel().locator('.try-out__btn').count(), 0);
      assert.match(await tab.panel().innerText(), /Try it out needs a live cluster/);
      assert.equal(await page.locator('#panel-reference').isHidden(), true);
      const js = (items: Loaded[]) => bytes(items.filter((l) => l.type === 'script'));
      console.log(`openapi (${site.name}): Deployment page JS ${js(initial)} bytes; with the OpenAPI tab open ${js(loaded)} bytes (decoded)`);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a click on the tab before any script ran opens it once they run (the tabs are links to #openapi)', async () => {
      const { page, errors } = await openPage(browser());
      const release = await holdScripts(page);
      await page.goto(pageUrl(site, '/apis/apps/v1/deployments'), { waitUntil: 'domcontentloaded' });
      const tab = new OpenApiTabObject(page);
      await tab.tab().click();
      assert.equal(new URL(page.url()).hash, '#openapi');
      release();
      await tab.panel().locator('.opblock').first().waitFor({ timeout: 60_000 });
      assert.equal(await page.locator('#panel-reference').isHidden(), true);
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('a group-version page opens on #openapi with every operation of its slice; Reference goes back', async () => {
      const { page, errors } = await openPage(browser());
      await page.goto(`${pageUrl(site, '/apis/apps/v1')}#openapi`);
      const tab = new OpenApiTabObject(page);
      await tab.panel().locator('.opblock').first().waitFor({ timeout: 60_000 });
      assert.deepEqual((await tab.operationIds()).sort(), operationIds(appsV1).sort());
      await page.locator('#tab-reference').click();
      assert.equal(await page.locator('.resources-table').isVisible(), true);
      assert.equal(new URL(page.url()).hash, '');
      assert.deepEqual(errors, []);
      await page.close();
    });

    it('serves the slices and the full document as JSON files', async () => {
      const fetchJson = async (p: string) => {
        const response = await fetch(`${site.url}${p}`);
        assert.equal(response.status, 200, p);
        return (await response.json()) as typeof doc;
      };
      const apps = await fetchJson('/openapi/v2/apis/apps/v1.json');
      assert.deepEqual(apps, JSON.parse(JSON.stringify(appsV1)));
      const core = await fetchJson('/openapi/v2/api/v1.json');
      assert.ok(Object.keys(core.paths).every((p) => p.startsWith('/api/v1/')));
      const full = await fetchJson('/openapi/v2.json');
      assert.equal(Object.keys(full.paths).length, Object.keys(doc.paths).length);
      assert.equal(Object.keys(full.definitions ?? {}).length, Object.keys(doc.definitions ?? {}).length);
      // Try it out exists only in a server build serving a live cluster.
      const tryIt = await fetch(`${site.url}/try-it/api/v1/namespaces`, { headers: { 'x-atlas-try-it': '1' } });
      assert.equal(tryIt.status, 404);
    });

    if (site.name === 'server') {
      it('takes the site colours in the dark theme (screenshot in e2e/.artifacts)', async () => {
        const context = await browser().newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 1000 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        await page.goto(pageUrl(site, '/apis/apps/v1/deployments'));
        const tab = new OpenApiTabObject(page);
        await tab.open();
        await tab.operation('listAppsV1NamespacedDeployment').locator('.opblock-summary-control').click();
        await tab.operation('listAppsV1NamespacedDeployment').locator('.parameter__name').first().waitFor();
        const [fg, pathColour, parameter, get, getMethod, body] = await page.evaluate(
          (queries) => queries.map(([selector, property]) => getComputedStyle(document.querySelector(selector!)!).getPropertyValue(property!).trim()),
          [
            ['main h1', 'color'],
            ['.opblock-summary-path', 'color'],
            ['.parameter__name', 'color'],
            [':root', '--get'],
            ['.opblock-get .opblock-summary-method', 'background-color'],
            ['body', 'background-color'],
          ],
        );
        const colours = { fg, path: pathColour, parameter, get, getMethod, body };
        assert.equal(colours.body, 'rgb(13, 17, 23)', 'the dark theme is on');
        assert.equal(colours.path, colours.fg);
        assert.equal(colours.parameter, colours.fg);
        assert.equal(colours.get, '#3fb950');
        assert.equal(colours.getMethod, 'rgb(63, 185, 80)');
        await mkdir(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'openapi-tab-dark.png') });
        assert.deepEqual(errors, []);
        await context.close();
      });
    }

    if (site.name === 'static export') {
      it('the build output: the resource page references no chunk with Swagger UI; one chunk has it', async () => {
        const out = path.join(PROJECT_ROOT, 'out');
        const html = await readFile(path.join(out, 'apis/apps/v1/deployments/index.html'), 'utf8');
        const referenced = [...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.(?:js|css)/g)].map((m) => m[0]);
        assert.ok(referenced.length > 3);
        for (const chunk of new Set(referenced)) {
          assert.doesNotMatch(await readFile(path.join(out, chunk), 'utf8'), new RegExp(SWAGGER_MARKER), `${chunk} is loaded by the page`);
        }
        const chunks = await readdir(path.join(out, '_next/static/chunks'));
        const withSwagger: string[] = [];
        for (const chunk of chunks.filter((c) => c.endsWith('.js'))) {
          if ((await readFile(path.join(out, '_next/static/chunks', chunk), 'utf8')).includes(SWAGGER_MARKER)) withSwagger.push(chunk);
        }
        assert.equal(withSwagger.length, 1, `Swagger UI is in one lazily loaded chunk: ${withSwagger.join(', ')}`);
        assert.equal(existsSync(path.join(out, 'openapi/v2/apis/apps/v1.json')), true);
        assert.equal(existsSync(path.join(out, 'try-it')), false);
      });
    }
  });
}

describe('Try it out against a live cluster (the kube-apiserver double)', () => {
  const TOKEN = 'e2e-try-it-token-Hq3Lp0Vz';
  const WEB = '/apis/apps/v1/namespaces/default/deployments/web';
  const DEPLOYMENT = { kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 3 } };
  let cluster: ApiServerDouble;
  let kubeconfig: string;
  const sites: LiveSite[] = [];
  /** Pages, answers and logs seen, scanned for the token at the end. */
  const seen: string[] = [];

  before(async () => {
    const pki = generateTestPki();
    cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
    cluster.switches.tokens = { alice: TOKEN };
    cluster.objects.set(WEB, DEPLOYMENT);
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-try-it-'));
    kubeconfig = await writeKubeconfig(path.join(dir, 'kubeconfig'), { server: cluster.url, pki, user: { token: TOKEN }, userName: 'alice' });
  });
  after(async () => {
    for (const running of sites) await running.stop();
    await cluster?.close();
  });

  async function liveSite(env: Record<string, string> = {}): Promise<LiveSite> {
    const running = await startLiveSite({ ATLAS_KUBECONFIG: kubeconfig, ...env });
    sites.push(running);
    return running;
  }

  it('a GET from Swagger UI returns the cluster answer, sent with the site credentials; a DELETE is refused by the site server', async () => {
    // Try it out is off unless ATLAS_TRY_IT is set (e2e/hardening.test.ts checks the default).
    const live = await liveSite({ ATLAS_TRY_IT: 'read' });
    const { page, errors } = await openPage(browser());
    page.on('response', async (response) => seen.push(await response.text().catch(() => '')));
    await page.goto(`${live.url}/apis/apps/v1/deployments`);
    const tab = new OpenApiTabObject(page);
    await tab.open();
    assert.match(await tab.panel().innerText(), /Only get, list and watch are sent/);
    const before = cluster.requests.length;
    const answer = await tab.tryOut('readAppsV1NamespacedDeployment', { namespace: 'default', name: 'web' });
    assert.equal(answer.code, '200');
    assert.deepEqual(JSON.parse(answer.body), DEPLOYMENT);
    const sent = cluster.requests.slice(before).filter((r) => r.path === WEB);
    assert.deepEqual(
      sent.map((r) => [r.method, r.user, r.headerNames.includes('cookie')]),
      [['GET', 'alice', false]],
    );

    // Read-only: Swagger UI offers no Try it out for DELETE, and the site's server refuses one sent anyway.
    await tab.operation('deleteAppsV1NamespacedDeployment').locator('.opblock-summary-control').click();
    assert.equal(await tab.operation('deleteAppsV1NamespacedDeployment').locator('.try-out__btn').count(), 0);
    const refused = await page.evaluate(async (url) => {
      const response = await fetch(url, { method: 'DELETE', headers: { 'x-atlas-try-it': '1' } });
      return { status: response.status, body: (await response.json()) as { message: string } };
    }, `/try-it${WEB}`);
    assert.equal(refused.status, 403);
    assert.match(refused.body.message, /only get, list and watch.*ATLAS_TRY_IT=write/);
    assert.equal(
      cluster.count((r) => r.method === 'DELETE'),
      0,
    );
    assert.equal(cluster.objects.has(WEB), true);
    assert.deepEqual(
      errors.filter((e) => !/status of 403/.test(e)),
      [],
    );
    seen.push(await page.content(), live.log());
    await page.close();
  });

  it('with ATLAS_TRY_IT=write, a DELETE from Swagger UI reaches the cluster', async () => {
    const live = await liveSite({ ATLAS_TRY_IT: 'write' });
    const { page, errors } = await openPage(browser());
    await page.goto(`${live.url}/apis/apps/v1/deployments`);
    const tab = new OpenApiTabObject(page);
    await tab.open();
    assert.match(await tab.panel().innerText(), /Changes are enabled \(ATLAS_TRY_IT=write\)/);
    const answer = await tab.tryOut('deleteAppsV1NamespacedDeployment', { namespace: 'default', name: 'web' });
    assert.equal(answer.code, '200');
    assert.equal((JSON.parse(answer.body) as { status: string }).status, 'Success');
    assert.deepEqual(
      cluster.requests.filter((r) => r.method === 'DELETE').map((r) => [r.path, r.user]),
      [[WEB, 'alice']],
    );
    assert.equal(cluster.objects.has(WEB), false);
    assert.deepEqual(errors, []);
    seen.push(await page.content(), live.log());
    await page.close();
  });

  it('never shows the cluster credentials to the browser or in the log', () => {
    assert.ok(seen.length > 10);
    for (const text of seen) assert.equal(text.includes(TOKEN), false);
  });
});
