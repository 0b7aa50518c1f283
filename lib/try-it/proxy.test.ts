import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSource } from '../sources/registry';
import type { Source } from '../sources/types';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig, type ApiServerDouble } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { CLIENT_HEADER, handleTryIt, MAX_BODY_BYTES, TRY_IT_HEADER, type TryItContext } from './proxy';
import { CSRF_COOKIE, CSRF_HEADER } from './csrf';
import { RateLimiter } from './rate-limit';

const TOKEN = 'try-it-site-token-Zq81Lm';
const DEPLOYMENT = { kind: 'Deployment', apiVersion: 'apps/v1', metadata: { name: 'web', namespace: 'default' }, spec: { replicas: 2 } };
const WEB = '/apis/apps/v1/namespaces/default/deployments/web';
let server: ApiServerDouble;
let live: Source;
const logs: string[] = [];

beforeAll(async () => {
  const pki = generateTestPki();
  server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
  server.switches.tokens = { site: TOKEN };
  const file = await writeKubeconfig(path.join(await mkdtemp(path.join(tmpdir(), 'atlas-try-it-')), 'kubeconfig'), {
    server: server.url,
    pki,
    user: { token: TOKEN },
  });
  // The same way the site makes its primary source from ATLAS_KUBECONFIG.
  live = createSource({ kind: 'kubeconfig', name: 'double', file }, { refreshSeconds: 30, timeoutSeconds: 10, retries: 0 });
});
afterAll(async () => {
  await server?.close();
});

function context(mode: TryItContext['mode'] = 'read', source: Source = live): TryItContext {
  return { mode, source, basePath: '', log: (line) => logs.push(line) };
}

const CSRF_TOKEN = 'session-csrf-token-4kP2';

/**
 * A request as the site's OpenAPI tab sends it: with the browser's own cookie
 * and a token of its own (neither may be forwarded), and for writes the
 * same-origin headers and the session's CSRF token as cookie and header.
 */
function browserRequest(apiPath: string, init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  const write = (init.method ?? 'GET') !== 'GET';
  return new Request(`http://site.test/try-it${apiPath}`, {
    ...init,
    headers: {
      [TRY_IT_HEADER]: '1',
      host: 'site.test',
      cookie: `session=browser-cookie; ${CSRF_COOKIE}=${CSRF_TOKEN}`,
      authorization: 'Bearer browser-token',
      accept: 'application/json',
      ...(write ? { origin: 'http://site.test', 'sec-fetch-site': 'same-origin', [CSRF_HEADER]: CSRF_TOKEN } : {}),
      ...init.headers,
    },
  });
}

describe('/try-it/: Try it out through the site server', () => {
  it('a GET reaches the cluster with the site credentials and none of the browser headers; the answer comes back as sent', async () => {
    server.objects.set(WEB, DEPLOYMENT);
    const response = await handleTryIt(browserRequest(WEB), context());
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(DEPLOYMENT);
    expect(response.headers.get(TRY_IT_HEADER)).toBe('proxied');
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('audit-id')).toMatch(/^double-/);
    const sent = server.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'GET', path: WEB, user: 'site' });
    expect(sent.headerNames).not.toContain('cookie');
    expect(sent.headerNames.sort()).toEqual(['accept', 'accept-encoding', 'authorization', 'connection', 'host', 'user-agent']);
    expect(logs.at(-1)).toMatch(/^try-it: GET \/apis\/apps\/v1\/namespaces\/default\/deployments\/web → 200 \(\d+ ms\)$/);
  });

  it('a list, and a watch cut to its timeout with the events the cluster sent', async () => {
    const list = await handleTryIt(browserRequest('/apis/apps/v1/namespaces/default/deployments?limit=10'), context());
    expect(await list.json()).toMatchObject({ kind: 'DeploymentList', items: [DEPLOYMENT] });
    const watch = await handleTryIt(browserRequest('/apis/apps/v1/namespaces/default/deployments?watch=true&timeoutSeconds=1'), context());
    expect(watch.status).toBe(200);
    expect(await watch.text()).toBe(`${JSON.stringify({ type: 'ADDED', object: DEPLOYMENT })}\n`);
    expect(server.requests.at(-1)?.search).toBe('?watch=true&timeoutSeconds=1');
  });

  it('refuses a DELETE unless writing is enabled; with ATLAS_TRY_IT=write it passes through', async () => {
    const before = server.count((r) => r.method === 'DELETE');
    const refused = await handleTryIt(browserRequest(WEB, { method: 'DELETE' }), context('read'));
    expect(refused.status).toBe(403);
    expect(refused.headers.get(TRY_IT_HEADER)).toBe('refused');
    expect(await refused.json()).toMatchObject({
      kind: 'Status',
      code: 403,
      reason: 'Forbidden',
      message: expect.stringMatching(/^kube-api-atlas: Try it out on this site sends only get, list and watch requests.*ATLAS_TRY_IT=write/),
    });
    expect(server.count((r) => r.method === 'DELETE')).toBe(before);
    expect(server.objects.has(WEB)).toBe(true);

    const deleted = await handleTryIt(browserRequest(WEB, { method: 'DELETE' }), context('write'));
    expect(deleted.status).toBe(200);
    expect(await deleted.json()).toMatchObject({ kind: 'Status', status: 'Success' });
    expect(server.requests.at(-1)).toMatchObject({ method: 'DELETE', path: WEB, user: 'site' });
    expect(server.objects.has(WEB)).toBe(false);
  });

  it('passes a write body through with its type, and refuses types kube-apiserver does not read', async () => {
    const body = JSON.stringify({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'new' } });
    const posted = await handleTryIt(
      browserRequest('/api/v1/namespaces', { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
      context('write'),
    );
    expect(posted.status).toBe(405); // the double has no create; what matters is that it got the request
    expect(server.requests.at(-1)).toMatchObject({ method: 'POST', path: '/api/v1/namespaces' });
    const form = await handleTryIt(
      browserRequest('/api/v1/namespaces', { method: 'POST', body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      context('write'),
    );
    expect(form.status).toBe(415);
  });

  it('refuses requests without the tab header or from another site (no CSRF), connects, and unknown paths', async () => {
    expect((await handleTryIt(browserRequest(WEB, { headers: { [TRY_IT_HEADER]: '' } }), context())).status).toBe(403);
    expect((await handleTryIt(browserRequest(WEB, { headers: { 'sec-fetch-site': 'cross-site' } }), context())).status).toBe(403);
    expect((await handleTryIt(browserRequest('/api/v1/namespaces/default/pods/web/exec?command=sh'), context('write'))).status).toBe(403);
    expect((await handleTryIt(browserRequest('/api/v1/namespaces/default%2F..%2Fkube-system/secrets'), context())).status).toBe(400);
    expect((await handleTryIt(browserRequest('/apis/unknown.example/v1/things'), context())).status).toBe(404);
  });

  it('does nothing for a snapshot source or with ATLAS_TRY_IT=off', async () => {
    const snapshot = createSource(
      { kind: 'snapshot', name: 'kubernetes-1.36', directory: EMBEDDED_SNAPSHOT },
      { refreshSeconds: 30, timeoutSeconds: 10, retries: 0 },
    );
    const fromSnapshot = await handleTryIt(browserRequest(WEB), context('read', snapshot));
    expect(fromSnapshot.status).toBe(404);
    expect((await fromSnapshot.json()).message).toMatch(/needs a live cluster/);
    expect((await handleTryIt(browserRequest(WEB), context('off'))).status).toBe(404);
  });

  it('never puts the cluster credentials into an answer or the log', async () => {
    server.objects.set(WEB, DEPLOYMENT);
    const answers = await Promise.all([
      handleTryIt(browserRequest(WEB), context()),
      handleTryIt(browserRequest(WEB, { method: 'DELETE' }), context()),
      handleTryIt(browserRequest('/api/v1/namespaces/default/pods/x/log?follow=1'), context()),
    ]);
    for (const answer of answers) {
      expect(await answer.text()).not.toContain(TOKEN);
      expect(JSON.stringify([...answer.headers])).not.toContain(TOKEN);
    }
    expect(logs.join('\n')).not.toContain(TOKEN);
  });
});

describe('/try-it/: request bodies', () => {
  it('stops reading a chunked upload at the 1 MiB limit instead of reading it whole (400 MB offered)', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const offered = 400 * 1024 * 1024;
    let pulled = 0;
    let cancelled = false;
    // No Content-Length: a chunked upload, produced only as fast as the site reads it.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= offered) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = browserRequest('/api/v1/namespaces', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      // Node's fetch needs this for a stream body (not in TypeScript's RequestInit yet).
      ...{ duplex: 'half' },
    });
    const before = server.requests.length;
    const response = await handleTryIt(request, context('write'));
    expect(response.status).toBe(413);
    expect((await response.json()).message).toMatch(/limited to 1024 KiB/);
    expect(pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * chunk.byteLength);
    expect(cancelled).toBe(true);
    expect(server.requests.length).toBe(before);
  });
});

describe('/try-it/: per-client rate limit', () => {
  it('answers 429 with Retry-After when one client sends too many requests, without reaching the cluster', async () => {
    const limited: TryItContext = { ...context(), rateLimiter: new RateLimiter({ perMinute: 6, burst: 2 }) };
    const from = (client: string) => browserRequest(WEB, { headers: { [CLIENT_HEADER]: client } });
    expect((await handleTryIt(from('10.1.1.1'), limited)).status).not.toBe(429);
    expect((await handleTryIt(from('10.1.1.1'), limited)).status).not.toBe(429);
    const before = server.requests.length;
    const refused = await handleTryIt(from('10.1.1.1'), limited);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).message).toMatch(/too many Try it out requests/);
    expect(server.requests.length).toBe(before);
    expect((await handleTryIt(from('10.1.1.2'), limited)).status).not.toBe(429);
  });
});

describe('/try-it/: writes only from this site (same origin and the session token)', () => {
  const write = (headers: Record<string, string>) => handleTryIt(browserRequest(WEB, { method: 'DELETE', headers }), context('write'));

  it('refuses a write from another origin, another site, or without or with a wrong CSRF token, and sends nothing', async () => {
    server.objects.set(WEB, DEPLOYMENT);
    const before = server.count((r) => r.method === 'DELETE');
    const cases: Array<[string, Record<string, string>, RegExp]> = [
      ['Origin of another site', { origin: 'http://evil.test:8080', 'sec-fetch-site': 'cross-site' }, /OpenAPI tab/],
      ['Origin of another port', { origin: 'http://site.test:8080', 'sec-fetch-site': 'same-site' }, /Sec-Fetch-Site is same-site/],
      ['Origin alone, of another site', { origin: 'http://evil.test' }, /Origin http:\/\/evil.test is another site/],
      ['neither Origin nor Sec-Fetch-Site', { origin: '', 'sec-fetch-site': '' }, /neither Origin nor Sec-Fetch-Site/],
      ['no token header', { [CSRF_HEADER]: '' }, /CSRF token is missing/],
      ['no token cookie', { cookie: 'session=browser-cookie' }, /CSRF token is missing/],
      ['a wrong token', { [CSRF_HEADER]: 'guessed-token-guessed-token-1234' }, /does not match/],
    ];
    for (const [why, headers, message] of cases) {
      const cleaned = Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== ''));
      const request = browserRequest(WEB, { method: 'DELETE', headers: cleaned });
      for (const [name, value] of Object.entries(headers)) if (value === '') request.headers.delete(name);
      const response = await handleTryIt(request, context('write'));
      expect(response.status, why).toBe(403);
      expect((await response.json()).message, why).toMatch(message);
    }
    expect(server.count((r) => r.method === 'DELETE')).toBe(before);
    expect(server.objects.has(WEB)).toBe(true);
    // The same request from the site's own page goes through.
    expect((await write({})).status).toBe(200);
  });
});
