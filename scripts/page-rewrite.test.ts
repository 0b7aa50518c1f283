/**
 * scripts/page-rewrite.cjs through scripts/http-guard.cjs on a real HTTP
 * server: a page load's HTML comes back with Next.js's chunk scripts
 * deferred, compressed by the guard (the app, like Next.js, compresses what
 * it is asked to, and is not asked); other requests are left to the app.
 */
import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

createRequire(import.meta.url)('./http-guard.cjs');

const HEAD = '<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async="" nonce="abc"></script></head><body>';
const seen: { url: string; acceptEncoding: string | undefined }[] = [];
let server: http.Server;
let base: string;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    seen.push({ url: url.pathname, acceptEncoding: request.headers['accept-encoding'] });
    if (url.pathname === '/icon.svg') {
      // A range of a file: its plain bytes, as asked.
      response.writeHead(206, { 'content-type': 'image/svg+xml', 'content-range': 'bytes 0-3/10', 'content-length': '4' });
      response.end('<svg');
      return;
    }
    const json = url.pathname.endsWith('.json');
    response.setHeader('content-type', json ? 'application/json' : 'text/html; charset=utf-8');
    const body = json ? '{"script":"<script src=\\"/_next/static/chunks/a.js\\" async=\\"\\"></script>"}' : `${HEAD}<p>${'é'.repeat(3000)}</p>`;
    const tail = json ? '' : '<script src="/_next/static/chunks/main.js" nonce="abc" async=""></script></body></html>';
    // As Next.js does: compress when the request accepts it (its own middleware, inside the handler).
    if (/gzip/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('content-encoding', 'gzip');
      response.end(zlib.gzipSync(body + tail));
      return;
    }
    if (url.searchParams.has('length')) response.setHeader('content-length', Buffer.byteLength(body + tail));
    // Streamed in pieces that cut a tag and a multi-byte character.
    const bytes = Buffer.from(body + tail);
    const cuts = [50, 101, 4001, bytes.length - 30];
    let from = 0;
    for (const cut of cuts) {
      response.write(bytes.subarray(from, cut));
      from = cut;
    }
    response.end(bytes.subarray(from));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function get(path: string, headers: Record<string, string>) {
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => http.get(`${base}${path}`, { headers }, resolve).on('error', reject));
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const text = response.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return { response, text };
}

const PAGE_LOAD = { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8' };

describe('page loads', () => {
  it('are rewritten whatever the client accepts (the page cache keeps one copy for all)', async () => {
    const { text } = await get('/api/v1/pods', { accept: '*/*' });
    expect(text).toContain('__atlasDeferScript("/_next/static/chunks/main.js")');
  });

  it('are gzip-compressed by the guard with the chunk scripts deferred; the app is not asked to compress', async () => {
    const { response, text } = await get('/api/v1/pods', { ...PAGE_LOAD, 'accept-encoding': 'gzip, deflate, br' });
    expect(seen.at(-1)).toEqual({ url: '/api/v1/pods', acceptEncoding: undefined });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/Accept-Encoding/);
    expect(text).not.toContain('async=""');
    expect(text).toContain('<script nonce="abc">self.__atlasDeferScript=');
    expect(text).toContain('__atlasDeferScript("/_next/static/chunks/main.js")</script></body></html>');
    expect(text).toContain(`<p>${'é'.repeat(3000)}</p>`);
  });

  it('are rewritten without compression for a client that does not accept gzip, and lose a now wrong length', async () => {
    const { response, text } = await get('/api/v1/pods?length=1', PAGE_LOAD);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-length']).toBeUndefined();
    expect(text).toContain('__atlasDeferScript("/_next/static/chunks/a.js")');
    expect(text).not.toContain('async=""');
  });

  it('keep a non-HTML answer as the app wrote it, compressed by the guard', async () => {
    const { response, text } = await get('/data.json', { ...PAGE_LOAD, 'accept-encoding': 'gzip' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(text).toContain('async=\\"\\"');
  });
});

describe('parts of files', () => {
  it('are sent as the app cut them: not compressed', async () => {
    const { response, text } = await get('/icon.svg', { range: 'bytes=0-3', 'accept-encoding': 'gzip' });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(text).toBe('<svg');
  });
});

describe('other requests', () => {
  it("are left to the app: RSC requests, Next.js's own files and Try it out's proxy", async () => {
    for (const [path, headers] of [
      ['/api/v1/pods', { ...PAGE_LOAD, rsc: '1', 'accept-encoding': 'gzip' }],
      ['/api/v1/pods?_rsc=1x2', { ...PAGE_LOAD, 'accept-encoding': 'gzip' }],
      ['/_next/static/chunks/x.html', { ...PAGE_LOAD, 'accept-encoding': 'gzip' }],
      ['/try-it/api/v1/pods', { ...PAGE_LOAD, 'accept-encoding': 'gzip' }],
    ] as const) {
      const { response, text } = await get(path, headers);
      expect(seen.at(-1)?.acceptEncoding, path).toBe('gzip');
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(text).toContain('<script src="/_next/static/chunks/a.js" async="" nonce="abc"></script>');
    }
  });
});
