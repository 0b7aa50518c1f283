/**
 * Issue 17 against the server build: a live site in each failure mode of a
 * kubeconfig seeded with secrets (pages, JSON answers and the log scanned
 * for them), JSON routes answering 503 with a JSON body when the source
 * never loaded, a wrong configuration named on the page, 405 for writes to
 * pages, one document cache shared by pages and JSON routes (and
 * one stale state when the cluster dies), and malformed %-escapes.
 */
import assert from 'node:assert/strict';
import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { documentsFromSnapshot, startApiServer, writeKubeconfig, type ApiServerDouble, type DocumentSet } from '../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { eventually } from './support/eventually';
import { startLiveSite, type LiveSite } from './support/live-site';
import { alive } from '../test-support/process';

const SECRETS = ['Hq7Lm2Vx9-e2e-token', 'Rb4Ns8Kd1-e2e-exec-stderr', 'Yt6Wp3Gj5-e2e-exec-output'];
const JSON_ROUTES = ['/search-index.json', '/openapi/v2.json', '/openapi/v2/apis/apps/v1.json', '/routes.json'];
let documents: DocumentSet;
let dir: string;

before(async () => {
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-failure-modes-'));
});

async function script(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

/** A URL on 127.0.0.1 where nothing listens: connecting is refused. */
function closedPortUrl(): Promise<string> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(`https://127.0.0.1:${port}`));
    });
  });
}

describe('a live site in every failure mode of a kubeconfig full of secrets', () => {
  let cluster: ApiServerDouble;
  before(async () => {
    cluster = await startApiServer(documents);
    cluster.switches.tokens = { alice: 'the-good-token' };
  });
  after(async () => cluster?.close());

  /**
   * `status`: what the failure page and the JSON routes answer. 503 when the site got no answer to use
   * (it cannot connect: configuration, kubeconfig, exec plugin; or the server is unreachable); 502 when
   * the server answered with something unusable (a refusal, a bad certificate, undecodable documents).
   */
  const modes: Array<{ name: string; kubeconfig: () => Promise<string>; page: RegExp; status: 502 | 503 }> = [
    {
      name: 'a kubeconfig that is not valid YAML',
      status: 503,
      kubeconfig: async () => {
        const file = await writeKubeconfig(path.join(dir, 'yaml'), { server: cluster.url, user: { token: SECRETS[0]! } });
        const text = await readFile(file, 'utf8');
        await writeFile(file, text.replace(/(token: .*\n)(\s*)(\S)/, '$1$2   $3'));
        return file;
      },
      page: /is not valid YAML: [a-z ]+ at line \d+, column \d+/,
    },
    {
      name: 'a refused token (401)',
      status: 502,
      kubeconfig: () => writeKubeconfig(path.join(dir, 'refused'), { server: cluster.url, user: { token: SECRETS[0]! } }),
      page: /HTTP 401 Unauthorized/,
    },
    {
      name: 'an exec plugin that fails',
      status: 503,
      kubeconfig: async () =>
        writeKubeconfig(path.join(dir, 'exec-fails'), {
          server: cluster.url,
          user: { exec: { command: await script('fails.sh', `echo "${SECRETS[1]}" >&2\necho "${SECRETS[2]}"\nexit 4`) } },
        }),
      page: /exec credential plugin ".*fails\.sh" exited with status 4/,
    },
    {
      name: 'a server that is not listening',
      status: 503,
      kubeconfig: async () => writeKubeconfig(path.join(dir, 'unreachable'), { server: await closedPortUrl(), user: { token: SECRETS[0]! } }),
      page: /cannot reach the server \(ECONNREFUSED/,
    },
    {
      name: 'an exec plugin that hangs (killed after ATLAS_EXEC_TIMEOUT_SECONDS)',
      status: 503,
      kubeconfig: async () =>
        writeKubeconfig(path.join(dir, 'exec-hangs'), {
          server: cluster.url,
          user: {
            exec: { command: await script('hangs.sh', `echo "${SECRETS[1]}" >&2\nsleep 300 &\necho $$ $! > ${path.join(dir, 'hang.pids')}\nwait`) },
          },
        }),
      page: /exec credential plugin ".*hangs\.sh" did not finish within 1 s \(stopped\)/,
    },
  ];

  for (const mode of modes) {
    it(`${mode.name}: a clear page and JSON errors, both ${mode.status}, no secret anywhere`, async () => {
      const site: LiveSite = await startLiveSite({ ATLAS_KUBECONFIG: await mode.kubeconfig(), ATLAS_EXEC_TIMEOUT_SECONDS: '1', ATLAS_RETRIES: '0' });
      const seen: string[] = [];
      try {
        const started = performance.now();
        const page = await fetch(`${site.url}/apis/apps/v1/deployments`);
        const html = (await page.text()).replace(/<!-- -->/g, '').replace(/&quot;/g, '"');
        seen.push(html);
        assert.ok(performance.now() - started < 15_000, 'the page answers within the plugin timeout and the request timeout');
        assert.equal(page.status, mode.status, 'the failure page answers with a status monitoring sees');
        assert.match(page.headers.get('content-type') ?? '', /text\/html/);
        assert.match(html, /class="callout callout-error source-failure"/);
        assert.match(html, mode.page);
        for (const route of JSON_ROUTES) {
          const response = await fetch(`${site.url}${route}`);
          const body = await response.text();
          seen.push(body);
          assert.equal(response.status, mode.status, `${route} answers ${mode.status}`);
          assert.match(response.headers.get('content-type') ?? '', /application\/json/);
          const parsed = JSON.parse(body) as { error: string; reason: string };
          assert.match(parsed.error, /^Cannot load the API from /);
          assert.match(parsed.reason, mode.page);
        }
      } finally {
        await site.stop();
      }
      seen.push(site.log());
      for (const text of seen) for (const secret of SECRETS) assert.ok(!text.includes(secret), `found ${secret} in: ${text.slice(0, 200)}`);
      if (mode.name.includes('hangs')) {
        const [shell, child] = (await readFile(path.join(dir, 'hang.pids'), 'utf8')).trim().split(' ').map(Number);
        await eventually('the hanging plugin and its child to be killed', async () => (!alive(shell!) && !alive(child!)) || undefined, {
          timeoutMs: 10_000,
          intervalMs: 50,
        });
      }
    });
  }
});

describe('one document cache per source', () => {
  it('pages and JSON routes share one /openapi/v2 fetch, and go stale together when the cluster dies', async () => {
    const cluster = await startApiServer(documents);
    const site = await startLiveSite({ ATLAS_SERVER_URL: cluster.url, ATLAS_REFRESH_SECONDS: '1', ATLAS_RETRIES: '0', ATLAS_TIMEOUT_SECONDS: '2' });
    try {
      const answers = await Promise.all(['/apis/apps/v1/deployments', ...JSON_ROUTES].map((route) => fetch(`${site.url}${route}`)));
      assert.deepEqual(
        answers.map((a) => a.status),
        [200, 200, 200, 200, 200],
      );
      await Promise.all(answers.map((a) => a.arrayBuffer()));
      const openapiFetches = cluster.count((r) => r.path === '/openapi/v2' && r.status === 200);
      assert.equal(openapiFetches, 1, `/openapi/v2 fetched ${openapiFetches} times`);
      const slice = await (await fetch(`${site.url}/openapi/v2/apis/apps/v1.json`)).text();

      await cluster.close();
      // The next revalidation (after ATLAS_REFRESH_SECONDS) fails: every answer is the last good copy.
      await eventually(
        'the stale banner',
        async () => /Stale since/.test(await (await fetch(`${site.url}/apis/apps/v1/deployments`)).text()) || undefined,
        {
          timeoutMs: 20_000,
          intervalMs: 50,
        },
      );
      const stalePage = await fetch(`${site.url}/apis/apps/v1/deployments`);
      assert.equal(stalePage.status, 200, 'a stale page is served: 200');
      assert.match(await stalePage.text(), /Stale since/);
      for (const route of JSON_ROUTES) assert.equal((await fetch(`${site.url}${route}`)).status, 200, `${route} serves the last good copy`);
      assert.equal(await (await fetch(`${site.url}/openapi/v2/apis/apps/v1.json`)).text(), slice);
    } finally {
      await site.stop();
      await cluster.close().catch(() => {});
    }
  });
});

describe('a wrong configuration', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'an invalid ATLAS_TRY_IT',
      { ATLAS_TRY_IT: 'yes' },
      /The site is misconfigured: environment variable ATLAS_TRY_IT: must be off, read or write, got "yes"/,
    ],
    [
      'two ways of connecting at once',
      { ATLAS_KUBECONFIG: '/nonexistent/kubeconfig', ATLAS_SERVER_URL: 'http://127.0.0.1:1' },
      /The site is misconfigured: .*ATLAS_/,
    ],
  ];
  for (const [name, env, message] of cases) {
    it(`${name}: every page says what is wrong, with 503`, async () => {
      const site = await startLiveSite(env);
      try {
        for (const route of ['/', '/apis/apps/v1/deployments']) {
          const response = await fetch(`${site.url}${route}`);
          assert.equal(response.status, 503, route);
          assert.match((await response.text()).replace(/<!-- -->/g, '').replace(/&quot;/g, '"'), message);
        }
      } finally {
        await site.stop();
      }
    });
  }
});

describe('methods', () => {
  const server = process.env.ATLAS_E2E_SERVER_URL!;
  it('pages and JSON files answer POST, PUT, DELETE and PATCH with 405 and Allow: GET, HEAD', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const route of ['/', '/apis/apps/v1/deployments', '/search-index.json']) {
        const response = await fetch(`${server}${route}`, { method, body: method === 'DELETE' ? undefined : 'x' });
        assert.equal(response.status, 405, `${method} ${route}`);
        assert.equal(response.headers.get('allow'), 'GET, HEAD');
      }
    }
    assert.equal((await fetch(`${server}/apis/apps/v1/deployments`)).status, 200);
  });
});

describe('malformed %-escapes', () => {
  const server = process.env.ATLAS_E2E_SERVER_URL!;
  for (const bad of ['/apis/%E0%A4%A/v1', '/apis/apps/v1/%zz', '/api/v1/pods/fields/spec.%C0', '/definitions/%']) {
    it(`${bad} answers the 404 page`, async () => {
      const response = await fetch(`${server}${bad}`);
      const html = await response.text();
      assert.equal(response.status, 404);
      assert.match(html, /<html/);
      assert.match(html, /could not be found|not found/i);
    });
  }
});
