/**
 * scripts/http-guard.cjs on a real HTTP server in this (forked) test
 * process: the page status a render asks for (lib/site/response-status.ts)
 * is applied to HTML answers of that request only.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPageETag, setPageStatus } from '@/lib/site/response-status';

// The guard patches http.createServer when loaded, as `node --require` does before Next.js starts.
createRequire(import.meta.url)('./http-guard.cjs');

let server: http.Server;
let renders = 0;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    renders += 1;
    // Asked for after an await, as a server component does after loading its source.
    void Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const asked = url.searchParams.get('status');
      if (asked) setPageStatus(Number(asked));
      const etag = url.searchParams.get('etag');
      if (etag) setPageETag(etag);
      response.setHeader('content-security-policy', "script-src 'nonce-abc'");
      response.setHeader('content-type', url.searchParams.get('type') ?? 'text/html; charset=utf-8');
      if (!etag) response.setHeader('etag', '"page"');
      response.setHeader('cache-control', 'private, no-cache, no-store, max-age=0, must-revalidate');
      if (url.searchParams.get('explicit')) response.writeHead(Number(url.searchParams.get('explicit')), 'OK');
      response.end('<html>page</html>');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the page status set during a render', () => {
  it('turns a 200 HTML page into the status asked for, not cached', async () => {
    for (const query of ['status=503', 'status=502&explicit=200']) {
      const response = await fetch(`${base}/p?${query}`);
      expect(response.status, query).toBe(Number(/status=(\d+)/.exec(query)![1]));
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(response.headers.get('etag')).toBeNull();
      expect(await response.text()).toBe('<html>page</html>');
    }
  });

  it('leaves other requests, non-HTML answers and non-200 statuses alone', async () => {
    const [failing, plain, json, notFound] = await Promise.all([
      fetch(`${base}/a?status=503`),
      fetch(`${base}/b`),
      fetch(`${base}/c?status=503&type=application/json`),
      fetch(`${base}/d?status=503&explicit=404`),
    ]);
    expect([failing.status, plain.status, json.status, notFound.status]).toEqual([503, 200, 200, 404]);
    expect(plain.headers.get('etag')).toBe('"page"');
  });

  it('ignores a status outside 400–599', async () => {
    expect((await fetch(`${base}/p?status=204`)).status).toBe(200);
  });
});

describe('the ETag set during a render (live pages)', () => {
  const tag = encodeURIComponent('W/"docs-1"');
  it('is sent with private, no-cache; a matching If-None-Match gets 304 with no body and no policy', async () => {
    const first = await fetch(`${base}/apis/apps/v1/deployments?etag=${tag}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('W/"docs-1"');
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await fetch(`${base}/apis/apps/v1/deployments?etag=${tag}`, { headers: { 'if-none-match': '"docs-1"' } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe('W/"docs-1"');
    expect(again.headers.get('content-security-policy')).toBeNull();
    expect(await again.text()).toBe('');
    const other = await fetch(`${base}/apis/apps/v1/deployments?etag=${tag}`, { headers: { 'if-none-match': 'W/"docs-0"' } });
    expect(other.status).toBe(200);
    expect(await other.text()).toBe('<html>page</html>');
  });

  it('is not given to pages of other clusters, comparisons and the clusters views, nor to failure pages', async () => {
    for (const path of ['/c/staging/api/v1/pods', '/compare/a...b', '/clusters', '/served/x', '/atlas/c/x']) {
      const response = await fetch(`${base}${path}?etag=${tag}`, { headers: { 'if-none-match': 'W/"docs-1"' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).toBeNull();
    }
    const failing = await fetch(`${base}/?etag=${tag}&status=503`, { headers: { 'if-none-match': 'W/"docs-1"' } });
    expect(failing.status).toBe(503);
    expect(failing.headers.get('etag')).toBeNull();
  });
});

describe('copies of live pages (scripts/page-cache.cjs)', () => {
  const LIVE_PAGE_ETAG = Symbol.for('kube-api-atlas.live-page-etag-now');
  const holder = globalThis as { [LIVE_PAGE_ETAG]?: () => Promise<string | undefined> };
  let now = 'W/"docs-1"';

  it('are sent again while the page would get the same ETag, and rendered again when it changes', async () => {
    holder[LIVE_PAGE_ETAG] = async () => now;
    const url = () => `${base}/api/v1/pods?etag=${encodeURIComponent(now)}&copy=1`;
    const first = await fetch(url());
    expect(first.headers.get('etag')).toBe(now);
    await first.text();
    const before = renders;
    const again = await fetch(url());
    expect(again.status).toBe(200);
    expect(await again.text()).toBe('<html>page</html>');
    expect(renders).toBe(before);
    expect(again.headers.get('content-security-policy')).not.toContain("'nonce-abc'");
    const revalidated = await fetch(url(), { headers: { 'if-none-match': now } });
    expect(revalidated.status).toBe(304);
    expect(renders).toBe(before);

    now = 'W/"docs-2"';
    // The same URL as stored (the query names the old ETag): the app now says another ETag, so it renders.
    const changed = await fetch(`${base}/api/v1/pods?etag=${encodeURIComponent('W/"docs-1"')}&copy=1`);
    await changed.text();
    expect(renders).toBe(before + 1);
  });

  it('are rendered once for many concurrent requests; the others get the copy', async () => {
    holder[LIVE_PAGE_ETAG] = async () => now;
    const url = `${base}/apis/apps/v1/deployments?etag=${encodeURIComponent(now)}&herd=1`;
    await (await fetch(url)).text(); // a copy exists: the next state change is what sends everyone to render
    now = 'W/"docs-3"';
    const herd = `${base}/apis/apps/v1/deployments?etag=${encodeURIComponent(now)}&herd=1`;
    const before = renders;
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(herd).then(async (r) => [r.status, await r.text()])));
    expect(answers.every(([status, text]) => status === 200 && text === '<html>page</html>')).toBe(true);
    expect(renders - before).toBe(1);
  });

  it('are never sent for pages of other clusters or comparisons', async () => {
    holder[LIVE_PAGE_ETAG] = async () => now;
    const url = `${base}/c/staging/api/v1/pods?etag=${encodeURIComponent(now)}`;
    await (await fetch(url)).text();
    const before = renders;
    await (await fetch(url)).text();
    expect(renders).toBe(before + 1);
    delete holder[LIVE_PAGE_ETAG];
  });
});
