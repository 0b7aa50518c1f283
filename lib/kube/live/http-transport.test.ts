import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TransportError } from '../../errors';
import { buildModel } from '../../model/build';
import { PRODUCT_VERSION } from '../../product';
import {
  documentsFromSnapshot,
  generateTestPki,
  startApiServer,
  writeExecPlugin,
  writeKubeconfig,
  type ApiServerDouble,
  type DocumentSet,
  type TestPki,
} from '../../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../../test-support/fixtures';
import { fetchApiDocuments } from '../documents';
import { ACCEPT_JSON } from '../media-type';
import { HttpTransport } from './http-transport';
import { inClusterEndpoint, kubeconfigEndpoint } from './kubeconfig';
import { urlEndpoint } from './url-endpoint';

const TOKEN = 'atlas-test-token-9f8e7d6c5b4a';
let pki: TestPki;
let documents: DocumentSet;
let tls: ApiServerDouble;
let dir: string;

beforeAll(async () => {
  pki = generateTestPki();
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
  tls = await startApiServer(documents, { pki });
  tls.switches.tokens = { alice: TOKEN, mallory: 'mallory-token' };
  tls.switches.forbiddenUsers.add('mallory');
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-live-'));
});
afterAll(async () => {
  await tls?.close();
});

const options = { timeoutSeconds: 5, retries: 2 };

async function transportFor(
  user: Parameters<typeof writeKubeconfig>[1]['user'],
  extra: Partial<Parameters<typeof writeKubeconfig>[1]> = {},
  name = `kubeconfig-${Math.random()}`,
) {
  const file = await writeKubeconfig(path.join(dir, name), { server: tls.url, pki, user, ...extra });
  return new HttpTransport(await kubeconfigEndpoint({ file }), options);
}

describe('HttpTransport against the kube-apiserver double over HTTPS', () => {
  it('reads the whole API with a kubeconfig holding CA data and a bearer token, gzip and a User-Agent', async () => {
    const transport = await transportFor({ token: TOKEN });
    const before = tls.requests.length;
    const model = buildModel(await fetchApiDocuments(transport));
    expect(model.kubernetesVersion).toBe('v1.36.0');
    expect(model.groups.find((g) => g.name === 'apps')?.versions[0]?.resources.map((r) => r.name)).toContain('deployments');
    const requests = tls.requests.slice(before);
    expect(requests.every((r) => r.user === 'alice')).toBe(true);
    expect(requests.every((r) => r.userAgent?.startsWith(`kube-api-atlas/${PRODUCT_VERSION} `))).toBe(true);
    const openapi = requests.find((r) => r.path === '/openapi/v2');
    expect(openapi?.gzip).toBe(true);
    expect(openapi!.bytes).toBeLessThan(1_000_000);
    // Aggregated discovery: /api, /apis, /openapi/v2, /openapi/v3 (this double serves none), /version and nothing else.
    expect(requests.map((r) => r.path).sort()).toEqual(['/api', '/apis', '/openapi/v2', '/openapi/v3', '/version']);
  });

  it('authenticates with a client certificate', async () => {
    const transport = await transportFor({ clientCertificate: true });
    const response = await transport.get('/version', { accept: ACCEPT_JSON });
    expect(response.status).toBe(200);
    expect(tls.requests.at(-1)?.user).toBe(pki.clientName);
  });

  it('re-reads a token file (kubectl tokenFile)', async () => {
    const tokenFile = path.join(dir, 'token');
    await writeFile(tokenFile, TOKEN);
    const transport = await transportFor({ tokenFile });
    expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
  });

  it('runs an exec credential plugin once, not per request', async () => {
    const plugin = await writeExecPlugin(dir, TOKEN);
    const transport = await transportFor({ exec: { command: plugin.command } });
    await fetchApiDocuments(transport);
    expect(tls.requests.at(-1)?.user).toBe('alice');
    expect((await readFile(plugin.countFile, 'utf8')).length).toBe(1);
  });

  it('accepts an untrusted certificate only with insecure-skip-tls-verify', async () => {
    const transport = await transportFor({ token: TOKEN }, { trust: 'insecure' });
    expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
  });

  it('names the CA it used when TLS verification fails', async () => {
    const other = generateTestPki('another');
    const transport = await transportFor({ token: TOKEN }, { pki: { ...pki, ca: other.ca } as TestPki });
    const error = await transport.get('/version', { accept: ACCEPT_JSON }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TransportError);
    expect(String(error)).toMatch(/GET https:\/\/127\.0\.0\.1:\d+\/version: TLS verification failed/);
    expect(String(error)).toMatch(/checked against certificate-authority-data of cluster "double-cluster"/);
  });

  it('reports 401 and 403 with the context, the user and the URL, never the token', async () => {
    const rejected = await transportFor({ token: 'wrong-token-value' }, { context: 'prod', userName: 'bob' });
    const unauthorized = await rejected.get('/apis', { accept: ACCEPT_JSON }).catch((e: unknown) => e as TransportError);
    expect(unauthorized).toBeInstanceOf(TransportError);
    expect((unauthorized as TransportError).status).toBe(401);
    expect(String(unauthorized)).toMatch(
      /GET https:\/\/127\.0\.0\.1:\d+\/apis: HTTP 401 Unauthorized: Unauthorized: the server did not accept the credentials of context "prod", user "bob" \(bearer token\)/,
    );
    expect(String(unauthorized)).not.toContain('wrong-token-value');
    const forbidden = await transportFor({ token: 'mallory-token' }, { userName: 'mallory' });
    const error = await forbidden.get('/apis', { accept: ACCEPT_JSON }).catch((e: unknown) => e as TransportError);
    expect(error.status).toBe(403);
    expect(String(error)).toMatch(
      /HTTP 403 Forbidden: forbidden: User "mallory" cannot get path "\/apis": the server does not allow context "double", user "mallory"/,
    );
  });
});

describe('HttpTransport over plain HTTP (kubectl proxy) and its failure handling', () => {
  let plain: ApiServerDouble;
  beforeAll(async () => {
    plain = await startApiServer(documents);
  });
  afterAll(async () => {
    await plain?.close();
  });

  it('reads the API through a plain URL', async () => {
    const transport = new HttpTransport(urlEndpoint(plain.url), options);
    const documentsRead = await fetchApiDocuments(transport);
    expect(documentsRead.version?.gitVersion).toBe('v1.36.0');
    expect(transport.description).toBe(plain.url);
  });

  it('retries a dropped connection', async () => {
    plain.switches.dropNext = 1;
    const transport = new HttpTransport(urlEndpoint(plain.url), options);
    expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
    expect(plain.requests.slice(-2).map((r) => r.status)).toEqual([0, 200]);
  });

  it('waits as long as Retry-After says on 429 and 503, a bounded number of times', async () => {
    const waits: number[] = [];
    const transport = new HttpTransport(urlEndpoint(plain.url), { ...options, sleep: async (ms) => void waits.push(ms) });
    plain.switches.throttle = { remaining: 2, status: 429, retryAfterSeconds: 2 };
    expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
    expect(waits).toEqual([2000, 2000]);
    plain.switches.throttle = { remaining: 5, status: 503, retryAfterSeconds: 1 };
    const gaveUp = await transport.get('/version', { accept: ACCEPT_JSON });
    expect(gaveUp.status).toBe(503);
    expect(waits).toEqual([2000, 2000, 1000, 1000]);
    plain.switches.throttle = undefined;
  });

  it('times out a server that does not answer', async () => {
    plain.switches.hang = true;
    const transport = new HttpTransport(urlEndpoint(plain.url), { timeoutSeconds: 0.3, retries: 0 });
    await expect(transport.get('/version', { accept: ACCEPT_JSON })).rejects.toThrow(
      /GET http:\/\/127\.0\.0\.1:\d+\/version: no answer within 0\.3 s \(timed out\)/,
    );
    plain.switches.hang = false;
  });

  it('says when nothing listens at the address', async () => {
    const closed = await startApiServer(documents);
    const url = closed.url;
    await closed.close();
    const transport = new HttpTransport(urlEndpoint(url), { timeoutSeconds: 2, retries: 1, sleep: async () => {} });
    await expect(transport.get('/version', { accept: ACCEPT_JSON })).rejects.toThrow(
      new RegExp(`GET ${url}/version: cannot reach the server \\(ECONNREFUSED`),
    );
  });
});

describe('HttpTransport.request: any method, for Try it out', () => {
  it('sends only what it is given, with the connection credentials; DELETE goes through and removes the object', async () => {
    tls.objects.set('/api/v1/namespaces/default/configmaps/settings', {
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: { name: 'settings' },
      data: { a: '1' },
    });
    const transport = await transportFor({ token: TOKEN });
    const read = await transport.request({ method: 'GET', path: '/api/v1/namespaces/default/configmaps?limit=5', accept: 'application/json' });
    expect(read.status).toBe(200);
    expect(JSON.parse(new TextDecoder().decode(read.body))).toMatchObject({ kind: 'ConfigMapList', items: [{ metadata: { name: 'settings' } }] });
    expect(read.source).toMatch(/^GET https:\/\/127\.0\.0\.1:\d+\/api\/v1\/namespaces\/default\/configmaps\?limit=5$/);
    const sent = tls.requests.at(-1)!;
    expect(sent).toMatchObject({ method: 'GET', search: '?limit=5', user: 'alice' });
    expect(sent.headerNames.sort()).toEqual(['accept', 'accept-encoding', 'authorization', 'connection', 'host', 'user-agent']);
    const deleted = await transport.request({ method: 'DELETE', path: '/api/v1/namespaces/default/configmaps/settings', accept: 'application/json' });
    expect(deleted.status).toBe(200);
    expect(tls.requests.at(-1)).toMatchObject({ method: 'DELETE', user: 'alice' });
    expect(tls.objects.has('/api/v1/namespaces/default/configmaps/settings')).toBe(false);
  });

  it('resolves refusals as data (403, 405) instead of throwing, and sends a body with its type', async () => {
    const forbidden = await transportFor({ token: 'mallory-token' }, { userName: 'mallory' });
    expect((await forbidden.request({ method: 'GET', path: '/api/v1/namespaces', accept: 'application/json' })).status).toBe(403);
    const transport = await transportFor({ token: TOKEN });
    const posted = await transport.request({
      method: 'POST',
      path: '/api/v1/namespaces',
      accept: 'application/json',
      contentType: 'application/json',
      body: new TextEncoder().encode('{}'),
    });
    expect(posted.status).toBe(405);
    expect(tls.requests.at(-1)?.headerNames).toEqual(expect.arrayContaining(['content-type', 'content-length']));
  });

  it('stops reading an answer past maxBytes', async () => {
    const transport = await transportFor({ token: TOKEN });
    await expect(transport.request({ method: 'GET', path: '/openapi/v2', accept: 'application/json', maxBytes: 64 * 1024 })).rejects.toThrow(
      /GET https:\/\/127\.0\.0\.1:\d+\/openapi\/v2: the answer is larger than 64 KiB/,
    );
  });

  it('ends a watch when the server does (timeoutSeconds), with the events it sent', async () => {
    tls.objects.set('/api/v1/namespaces/default/configmaps/watched', { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'watched' } });
    const transport = await transportFor({ token: TOKEN });
    const watch = await transport.request({
      method: 'GET',
      path: '/api/v1/namespaces/default/configmaps?watch=1&timeoutSeconds=1',
      accept: 'application/json',
      timeoutSeconds: 5,
    });
    expect(watch.headers['content-type']).toBe('application/json;stream=watch');
    expect(new TextDecoder().decode(watch.body)).toBe(
      `${JSON.stringify({ type: 'ADDED', object: { kind: 'ConfigMap', apiVersion: 'v1', metadata: { name: 'watched' } } })}\n`,
    );
  });
});

describe('in-cluster service account', () => {
  it('uses KUBERNETES_SERVICE_HOST/PORT with the mounted token and CA', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'atlas-sa-'));
    const mount = path.join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    await import('node:fs/promises').then((fs) => fs.mkdir(mount, { recursive: true }));
    await writeFile(path.join(mount, 'token'), TOKEN);
    await writeFile(path.join(mount, 'ca.crt'), pki.ca.cert);
    const port = new URL(tls.url).port;
    const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
    process.env.KUBERNETES_SERVICE_HOST = '127.0.0.1';
    process.env.KUBERNETES_SERVICE_PORT = port;
    try {
      const transport = new HttpTransport(await inClusterEndpoint(root), options);
      expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
      expect(tls.requests.at(-1)?.user).toBe('alice');
    } finally {
      process.env.KUBERNETES_SERVICE_HOST = saved.host;
      process.env.KUBERNETES_SERVICE_PORT = saved.port;
      if (saved.host === undefined) delete process.env.KUBERNETES_SERVICE_HOST;
      if (saved.port === undefined) delete process.env.KUBERNETES_SERVICE_PORT;
    }
  });
});
