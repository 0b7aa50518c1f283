/**
 * Safe defaults of the server build, against the real server: security
 * headers on every kind of answer, page ETags of the immutable snapshot,
 * TRACE → 405, the Host check against DNS rebinding (Chromium resolving a
 * foreign name to 127.0.0.1), Try it out off by default, and writes refused
 * to an attacker page served on another port.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig, type ApiServerDouble } from '../test-support/apiserver';
import { THEME_INIT_SCRIPT } from '../components/layout/ThemeToggle.client';
import { EARLY_ANCHOR_SCRIPT } from '../lib/site/early-anchor';
import { parseCrdYaml } from '../lib/crd/parse';
import { CRDS, EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { launchBrowser, openPage } from './support/browser';
import { startLiveSite, type LiveSite } from './support/live-site';
import { OpenApiTabObject } from './support/pages';

const server = process.env.ATLAS_E2E_SERVER_URL;
if (!server) throw new Error('ATLAS_E2E_SERVER_URL is not set: run through e2e/run.mjs');
const serverUrl = new URL(server);

/** A raw request (fetch cannot send TRACE or a Host of its choosing). */
function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on('error', reject);
    request.end();
  });
}

function assertSecurityHeaders(headers: Headers | http.IncomingHttpHeaders, what: string): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] as string | undefined));
  assert.equal(get('x-content-type-options'), 'nosniff', what);
  assert.equal(get('referrer-policy'), 'no-referrer', what);
  assert.equal(get('x-frame-options'), 'DENY', what);
}

describe('security headers and caching of the server build', () => {
  it('a page carries a nonce CSP (no unsafe-inline), nosniff, frame-ancestors none, no-referrer, and its scripts carry the nonce', async () => {
    const response = await fetch(`${server}/apis/apps/v1/deployments`);
    assert.equal(response.status, 200);
    assertSecurityHeaders(response.headers, 'page');
    const policy = response.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    assert.ok(nonce, policy);
    assert.match(policy, /frame-ancestors 'none'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.ok(scripts.length > 2);
    // Every script carries this response's nonce but the theme and early-anchor scripts, which the policy allows by their hashes.
    assert.deepEqual(
      scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)),
      ['<script>', '<script>'],
    );
    assert.ok(html.includes(`<script>${THEME_INIT_SCRIPT}</script>`));
    assert.ok(html.includes(`<script>${EARLY_ANCHOR_SCRIPT}</script>`));
    const second = await fetch(`${server}/apis/apps/v1/deployments`);
    assert.notEqual(/'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1], nonce, 'a fresh nonce per response');
    console.log(`headers of a page: ${JSON.stringify(Object.fromEntries(second.headers))}`);
  });

  it('JSON routes, static assets and the 404 page carry the same headers; hashed assets are immutable', async () => {
    const page = await (await fetch(`${server}/`)).text();
    const asset = /\/_next\/static\/[^"]+\.js/.exec(page)?.[0];
    assert.ok(asset);
    const answers = {
      'search index': await fetch(`${server}/search-index.json`),
      'spec slice': await fetch(`${server}/openapi/v2/apis/apps/v1.json`),
      'static asset': await fetch(`${server}${asset}`),
      'not found': await fetch(`${server}/apis/no.such.group`),
    };
    for (const [what, response] of Object.entries(answers)) assertSecurityHeaders(response.headers, what);
    assert.equal(answers['not found'].status, 404);
    assert.match(answers['static asset'].headers.get('cache-control') ?? '', /max-age=31536000, immutable/);
  });

  it('snapshot pages have an ETag and are revalidated: a matching If-None-Match gets 304 without the page', async () => {
    const first = await fetch(`${server}/api/v1/pods`);
    const etag = first.headers.get('etag');
    assert.ok(etag, 'ETag on a snapshot page');
    assert.equal(first.headers.get('cache-control'), 'private, no-cache');
    const again = await fetch(`${server}/api/v1/pods`, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    assert.equal(again.headers.get('etag'), etag);
    assert.equal(await again.text(), '');
    assert.equal((await fetch(`${server}/api/v1/pods`, { headers: { 'if-none-match': 'W/"other"' } })).status, 200);
  });

  it('TRACE answers 405, not 500', async () => {
    const trace = await rawRequest(`${server}/`, { method: 'TRACE' });
    assert.equal(trace.status, 405);
    assert.match(trace.headers.allow ?? '', /GET/);
    assert.equal((await rawRequest(`${server}/try-it/api/v1/namespaces`, { method: 'TRACE' })).status, 405);
  });
});

describe('live pages are revalidated with the documents they were rendered from', () => {
  it('200 with an ETag and private, no-cache; 304 on a match; a changed document → a new ETag and 200', async () => {
    const cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
    const site = await startLiveSite({ ATLAS_SERVER_URL: cluster.url, ATLAS_REFRESH_SECONDS: '0' });
    try {
      // The first render loads the other clusters (the page's served-where view): their health in the header
      // changes from unknown, and with it the page and its ETag. From then on the page stays the same.
      await (await fetch(`${site.url}/apis/apps/v1/deployments`)).arrayBuffer();
      const first = await fetch(`${site.url}/apis/apps/v1/deployments`);
      assert.equal(first.status, 200);
      const etag = first.headers.get('etag');
      assert.ok(etag, 'ETag on a live page');
      assert.match(first.headers.get('cache-control') ?? '', /^private, no-cache$/);
      await first.arrayBuffer();
      const again = await fetch(`${site.url}/apis/apps/v1/deployments`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(again.headers.get('etag'), etag);
      // The browser keeps the policy stored with the page: a new nonce on the 304 would block its scripts.
      assert.equal(again.headers.get('content-security-policy'), null);
      assert.equal(await again.text(), '');
      const home = await fetch(`${site.url}/`, { headers: { 'if-none-match': etag } });
      assert.equal(home.status, 304, 'the ETag names the documents, so another page of the same documents matches too');

      // A document changes (a CRD is installed: discovery and /openapi/v2 change).
      cluster.installCrds(parseCrdYaml(readFileSync(path.join(CRDS, 'cert-manager/issuers.cert-manager.io.yaml'), 'utf8'), 'issuers'));
      const changed = await fetch(`${site.url}/apis/apps/v1/deployments`, { headers: { 'if-none-match': etag } });
      assert.equal(changed.status, 200);
      const newTag = changed.headers.get('etag');
      assert.ok(newTag && newTag !== etag, `a new ETag (${newTag} after ${etag})`);
      await changed.arrayBuffer();
      assert.equal((await fetch(`${site.url}/apis/apps/v1/deployments`, { headers: { 'if-none-match': newTag } })).status, 304);
    } finally {
      await site.stop();
      await cluster.close();
    }
  });
});

describe('live pages when another configured cluster is live too', () => {
  it('get no ETag (their served-where views show documents the ETag does not name)', async () => {
    const cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
    const site = await startLiveSite({ ATLAS_SERVER_URL: cluster.url, ATLAS_SOURCES: `other=url:${cluster.url}` });
    try {
      const page = await fetch(`${site.url}/apis/apps/v1/deployments`);
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('etag'), null);
      assert.doesNotMatch(page.headers.get('cache-control') ?? '', /^private, no-cache$/);
    } finally {
      await site.stop();
      await cluster.close();
    }
  });
});

describe('DNS rebinding: requests addressed to a foreign host name are refused', () => {
  it('a plain request with a foreign Host gets 421; loopback names are served', async () => {
    const foreign = await rawRequest(`${server}/`, { headers: { host: `attacker.test:${serverUrl.port}` } });
    assert.equal(foreign.status, 421);
    assert.match(foreign.body, /not served under the host name "attacker.test:\d+".*ATLAS_ALLOWED_HOSTS/);
    assertSecurityHeaders(foreign.headers, '421');
    assert.equal((await rawRequest(`${server}/`, { headers: { host: `localhost:${serverUrl.port}` } })).status, 200);
    // Probes come addressed to the pod IP: they stay reachable.
    assert.notEqual((await rawRequest(`${server}/healthz`, { headers: { host: `10.1.2.3:${serverUrl.port}` } })).status, 421);
  });

  it('in Chromium, attacker.test resolving to 127.0.0.1 gets no page of the site', async () => {
    const browser = await launchBrowser([`--host-resolver-rules=MAP attacker.test 127.0.0.1`]);
    try {
      const page = await browser.newPage();
      const response = await page.goto(`http://attacker.test:${serverUrl.port}/api/v1/pods`);
      assert.equal(response?.status(), 421);
      assert.doesNotMatch(await page.content(), /PodSpec|Kube API Atlas/);
      const ok = await page.goto(`http://localhost:${serverUrl.port}/api/v1/pods`);
      assert.equal(ok?.status(), 200);
      await page.locator('h1').first().waitFor();
    } finally {
      await browser.close();
    }
  });
});

describe('Try it out: off by default, and writes only from the site itself', () => {
  const TOKEN = 'e2e-hardening-token-R5tq';
  const WEB = '/apis/apps/v1/namespaces/default/deployments/web';
  let cluster: ApiServerDouble;
  let kubeconfig: string;
  const sites: LiveSite[] = [];
  let attacker: http.Server | undefined;

  before(async () => {
    const pki = generateTestPki();
    cluster = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
    cluster.switches.tokens = { site: TOKEN };
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-hardening-'));
    kubeconfig = await writeKubeconfig(path.join(dir, 'kubeconfig'), { server: cluster.url, pki, user: { token: TOKEN } });
  });
  after(async () => {
    for (const site of sites) await site.stop();
    await new Promise((resolve) => (attacker ? attacker.close(resolve) : resolve(undefined)));
    await cluster?.close();
  });

  it('without ATLAS_TRY_IT, the tab says Try it out is off and how to turn it on, and /try-it/ sends nothing', async () => {
    const site = await startLiveSite({ ATLAS_KUBECONFIG: kubeconfig });
    sites.push(site);
    const browser = await launchBrowser();
    try {
      const { page, errors } = await openPage(browser);
      await page.goto(`${site.url}/apis/apps/v1/deployments`);
      const tab = new OpenApiTabObject(page);
      await tab.open();
      const text = await tab.panel().innerText();
      assert.match(text, /Try it out is off on this site/);
      assert.match(text, /site's own identity/);
      assert.match(text, /ATLAS_TRY_IT=read/);
      assert.equal(await tab.panel().locator('.try-out__btn').count(), 0);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
    }
    const before = cluster.requests.length;
    const refused = await fetch(`${site.url}/try-it${WEB}`, { headers: { 'x-atlas-try-it': '1' } });
    assert.equal(refused.status, 404);
    assert.equal(cluster.requests.filter((r) => r.path === WEB).length, 0);
    assert.ok(cluster.requests.length >= before);
  });

  it('with ATLAS_TRY_IT=write, a page of another origin (another port) cannot create or delete, while the tab can', async () => {
    const site = await startLiveSite({ ATLAS_KUBECONFIG: kubeconfig, ATLAS_TRY_IT: 'write' });
    sites.push(site);
    const deployment = { kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web', namespace: 'default' } };
    cluster.objects.set(WEB, deployment);
    const target = `${site.url}/try-it`;
    // The attacker's page: an auto-submitted form (no preflight) and no-cors fetches, on another port of the same machine.
    const attackerPage = `<!doctype html><html><body>
<form id="f" method="POST" action="${target}/api/v1/namespaces" enctype="text/plain"><input name='{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"pwned"},"x":"' value='"}'></form>
<script>
  fetch(${JSON.stringify(`${target}${WEB}`)}, { method: 'DELETE', mode: 'no-cors', credentials: 'include', headers: { 'x-atlas-try-it': '1' } }).catch(() => {}).finally(() => {
    fetch(${JSON.stringify(`${target}/api/v1/namespaces`)}, { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"pwned2"}}' }).catch(() => {}).finally(() => {
      document.title = 'sent'; document.getElementById('f').submit();
    });
  });
</script></body></html>`;
    attacker = http.createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(attackerPage);
    });
    await new Promise<void>((resolve) => attacker!.listen(0, '127.0.0.1', resolve));
    const attackerPort = (attacker.address() as { port: number }).port;

    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      // The visitor has the site open (so holds its session cookie), then visits the attacker's page.
      const own = await context.newPage();
      await own.goto(`${site.url}/apis/apps/v1/deployments`);
      assert.ok((await context.cookies(site.url)).some((c) => c.name === 'atlas-csrf'));
      const evil = await context.newPage();
      const submitted = evil.waitForURL(new RegExp(`${site.url.replace(/[.:/]/g, '\\$&')}/try-it/`));
      await evil.goto(`http://127.0.0.1:${attackerPort}/`);
      await submitted;
      assert.equal(
        await evil
          .locator('body')
          .innerText()
          .then((t) => /refused|changes are sent only/.test(t) || t.includes('403')),
        true,
      );
      const writes = cluster.requests.filter((r) => r.method !== 'GET');
      assert.deepEqual(writes, []);
      assert.equal(cluster.objects.has(WEB), true);

      // The site's own tab sends the token and its DELETE goes through.
      const tab = new OpenApiTabObject(own);
      await tab.open();
      const answer = await tab.tryOut('deleteAppsV1NamespacedDeployment', { namespace: 'default', name: 'web' });
      assert.equal(answer.code, '200');
      assert.equal(cluster.objects.has(WEB), false);
      assert.match(site.log(), /try-it: refused (DELETE|POST) \/.* \(403: /);
    } finally {
      await browser.close();
    }
  });
});
