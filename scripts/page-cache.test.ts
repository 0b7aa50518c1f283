/**
 * scripts/page-cache.cjs on a real HTTP server standing in for Next.js: a
 * marked page is rendered once, then answered from the cache with a fresh
 * nonce each time (policy and body agree, no two answers share one).
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface PageCache {
  keyOf(request: http.IncomingMessage): string | undefined;
  serve(key: string, request: http.IncomingMessage, response: http.ServerResponse): boolean;
  capture(key: string | undefined, request: http.IncomingMessage, response: http.ServerResponse): void;
  bytes: number;
}
const { PageCache, MARKER } = createRequire(import.meta.url)('./page-cache.cjs') as {
  PageCache: new (maxBytes: number) => PageCache;
  MARKER: string;
};

let renders = 0;
let server: http.Server;
let base: string;
const cache = new PageCache(1024 * 1024);

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const key = cache.keyOf(request);
    if (key && cache.serve(key, request, response)) return;
    cache.capture(key, request, response);
    renders += 1;
    const url = new URL(request.url ?? '/', 'http://x');
    const nonce = `n${renders}AAAAAAAAAAAAAAAAAAAA==`;
    response.setHeader('content-security-policy', `script-src 'nonce-${nonce}'`);
    response.setHeader('content-type', url.pathname.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8');
    response.setHeader('etag', 'W/"build"');
    if (!url.searchParams.has('live')) response.setHeader(MARKER, '1');
    const html = `<html><script nonce="${nonce}">1</script><p>${url.pathname} ü</p></html>`;
    // Compressed as Next.js does: the cache keeps the decompressed page.
    response.setHeader('content-encoding', 'gzip');
    response.end(zlib.gzipSync(html));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function nonceOf(policy: string | null): string {
  return /'nonce-([^']+)'/.exec(policy ?? '')![1]!;
}

describe('the cache of rendered pages', () => {
  it('renders a marked page once; every later answer has its own nonce, in the policy and the scripts', async () => {
    const before = renders;
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(`${base}/api/v1/pods`);
      answers.push({ policy: response.headers.get('content-security-policy'), html: await response.text(), marker: response.headers.get(MARKER) });
    }
    expect(renders - before).toBe(1);
    const nonces = answers.map((a) => nonceOf(a.policy));
    expect(new Set(nonces).size).toBe(3);
    answers.forEach((a, i) => {
      expect(a.html).toBe(`<html><script nonce="${nonces[i]}">1</script><p>/api/v1/pods ü</p></html>`);
      expect(a.marker).toBeNull();
    });
  });

  it('answers a matching If-None-Match with 304 and no policy, from the cache', async () => {
    await (await fetch(`${base}/apis/apps/v1`)).text();
    const before = renders;
    const response = await fetch(`${base}/apis/apps/v1`, { headers: { 'if-none-match': 'W/"build"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(renders).toBe(before);
  });

  it('keeps neither unmarked answers, JSON, HEAD answers nor RSC requests, and keys by Host', async () => {
    for (const [path, init] of [
      ['/live?live=1', {}],
      ['/search-index.json', {}],
      ['/head-first', { method: 'HEAD' }],
      ['/rsc', { headers: { rsc: '1' } }],
    ] as const) {
      await (await fetch(`${base}${path}`, init)).arrayBuffer();
      const before = renders;
      await (await fetch(`${base}${path}`, init)).arrayBuffer();
      expect(renders - before, path).toBe(1);
    }
    await (await fetch(`${base}/hosted`)).text();
    const before = renders;
    const other = await new Promise<number>((resolve) =>
      http.get(`${base}/hosted`, { headers: { host: 'attacker.test' } }, (r) => {
        r.resume();
        r.on('end', () => resolve(r.statusCode ?? 0));
      }),
    );
    expect(other).toBe(200);
    expect(renders - before).toBe(1);
  });

  it('stays within its byte bound, dropping the least recently used', async () => {
    const small = new PageCache(4000);
    const keep = (key: string, size: number) =>
      (small as unknown as { store(k: string, r: unknown, b: Buffer): void }).store(
        key,
        { getHeader: (n: string) => (n === 'content-security-policy' ? "'nonce-abc'" : undefined), getHeaders: () => ({}) },
        Buffer.alloc(size, 'a'),
      );
    for (let i = 0; i < 10; i++) keep(`k${i}`, 500);
    expect(small.bytes).toBeLessThanOrEqual(4000);
    expect([...(small as unknown as { entries: Map<string, unknown> }).entries.keys()]).toEqual(['k6', 'k7', 'k8', 'k9']);
  });
});
