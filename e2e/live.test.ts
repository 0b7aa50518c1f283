/**
 * The site against a live cluster: the server build (`next start`) pointed
 * at the kube-apiserver double over HTTPS with a kubeconfig (CA data +
 * token), over plain HTTP as through `kubectl proxy`, and with an exec
 * credential plugin; every failure case; a CRD installed while running;
 * recording a snapshot and exporting it; and a scan of everything produced
 * for the test's secrets.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { parseCrdYaml } from '../lib/crd/parse';
import { embeddedModel } from '../test-support/model';
import {
  base64,
  documentsFromSnapshot,
  generateTestPki,
  startApiServer,
  writeExecPlugin,
  writeKubeconfig,
  type ApiServerDouble,
  type DocumentSet,
  type TestPki,
} from '../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../test-support/fixtures';
import { launchBrowser, openPage } from './support/browser';
import { eventually } from './support/eventually';
import { startLiveSite, type LiveSite } from './support/live-site';

const TOKEN = 'e2e-bearer-token-7Hq2Zx9Lm4Pv';
const EXEC_TOKEN = 'e2e-exec-token-Rt5Wn8Kc3Ys1';
let pki: TestPki;
let documents: DocumentSet;
let tls: ApiServerDouble;
let dir: string;
let browser: Browser;
/** Every page, payload and log the tests saw, scanned for secrets at the end. */
const seen: Array<{ where: string; text: string }> = [];
const sites: LiveSite[] = [];
const cleanups: Array<() => Promise<void>> = [];

async function site(env: Record<string, string>): Promise<LiveSite> {
  const started = await startLiveSite(env);
  sites.push(started);
  return started;
}

async function html(base: string, pagePath: string, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${base}${pagePath}`, { headers });
  const text = await response.text();
  seen.push({ where: `${base}${pagePath}${headers.RSC ? ' (RSC payload)' : ''}`, text });
  return text;
}

async function stopSite(running: LiveSite): Promise<void> {
  await running.stop();
  seen.push({ where: `server log ${running.url}`, text: running.log() });
}

function crd(relative: string) {
  const file = path.join(CRDS, relative);
  return parseCrdYaml(readFileSync(file, 'utf8'), file);
}

/** A page's markup as text to match: without its inline stylesheets (which name every class), comments and entities decoded. */
const text = (s: string) =>
  s
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/<!-- -->/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");

before(async () => {
  pki = generateTestPki();
  documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
  tls = await startApiServer(documents, { pki });
  tls.switches.tokens = { alice: TOKEN, exec: EXEC_TOKEN, mallory: 'mallory-e2e-token-Qq0' };
  tls.switches.forbiddenUsers.add('mallory');
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-e2e-live-'));
  browser = await launchBrowser();
});
after(async () => {
  for (const running of sites) await running.stop();
  for (const cleanup of cleanups) await cleanup();
  await browser?.close();
  await tls?.close();
});

describe('live cluster over HTTPS with a kubeconfig (CA data + bearer token)', () => {
  let live: LiveSite;
  let kubeconfig: string;
  before(async () => {
    kubeconfig = await writeKubeconfig(path.join(dir, 'https.kubeconfig'), {
      server: tls.url,
      pki,
      user: { token: TOKEN },
      context: 'e2e',
      userName: 'alice',
    });
    // ATLAS_MAX_RENDERS: the eight concurrent first requests below all render at once, so all of them wait for the one
    // load. With the default four at once, the other four start after the load, past the 1 s refresh, and revalidate.
    live = await site({ ATLAS_KUBECONFIG: kubeconfig, ATLAS_REFRESH_SECONDS: '1', ATLAS_MAX_RENDERS: '16' });
  });
  after(async () => stopSite(live));

  it('loads each document once for many concurrent first requests (single-flight)', async () => {
    const pages = ['/', '/apis/apps/v1/deployments', '/api/v1/pods', '/definitions', '/apis', '/endpoints', '/apis/batch/v1/jobs', '/api/v1'];
    const started = performance.now();
    await Promise.all(pages.map((p) => html(live.url, p)));
    const elapsed = performance.now() - started;
    const cold = tls.requests.filter((r) => r.user === 'alice');
    // /openapi/v3 is asked for too: this double serves none (404), as before 1.27. The CRD list is read with the
    // model (CRD details), once.
    assert.deepEqual(cold.map((r) => r.path).sort(), [
      '/api',
      '/apis',
      '/apis/apiextensions.k8s.io/v1/customresourcedefinitions',
      '/openapi/v2',
      '/openapi/v3',
      '/version',
    ]);
    console.log(`live: ${pages.length} concurrent cold page loads in ${elapsed.toFixed(0)} ms caused ${cold.length} requests to the cluster`);
  });

  it('renders the same reference as the embedded snapshot, in Chromium', async () => {
    const model = await embeddedModel();
    const { page, errors } = await openPage(browser);
    const response = await page.goto(`${live.url}/`);
    assert.equal(response?.status(), 200);
    assert.match(await page.locator('h1').innerText(), /Kubernetes v1\.36\.0 API/);
    const groups = await page.locator('.group-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-group')));
    assert.deepEqual(
      groups,
      model.groups.map((g) => g.displayName),
    );
    assert.match(await page.locator('.source-label').innerText(), new RegExp(tls.url.replace(/[.]/g, '\\.')));
    await page.goto(`${live.url}/apis/apps/v1/deployments`);
    assert.match(await page.locator('main h1').innerText(), /^Deployment\s+apps\/v1/);
    seen.push({ where: 'Chromium DOM', text: await page.content() });
    assert.deepEqual(errors, []);
    await page.close();
    // RSC payloads are what client navigation would fetch: scanned for secrets like the HTML.
    await html(live.url, '/apis/apps/v1/deployments', { RSC: '1' });
  });

  it('asks the server once per document, then revalidates with If-None-Match and 304s', async () => {
    // Every request after the cold load is a revalidation: conditional where the server gives ETags.
    const asked = tls.requests.filter((r) => r.user === 'alice');
    // (The CRD list has no ETag: it is read again only when the documents changed and the model is rebuilt.)
    const cold = 6;
    assert.ok(asked.slice(cold).every((r) => r.ifNoneMatch || r.path === '/version' || r.path === '/openapi/v3'));
    // The first request after the refresh period revalidates (and waits for it): poll until one does.
    const revalidation = await eventually('a request that revalidates', async () => {
      const before = tls.requests.length;
      await html(live.url, '/');
      const asked = tls.requests.slice(before);
      return asked.length > 0 ? asked : undefined;
    });
    // /openapi/v3: this double serves none (404), as before 1.27.
    assert.deepEqual(revalidation.map((r) => `${r.path} ${r.status}`).sort(), [
      '/api 304',
      '/apis 304',
      '/openapi/v2 304',
      '/openapi/v3 404',
      '/version 200',
    ]);
  });

  it('shows a CRD installed while it runs after the next refresh, without a restart', async () => {
    assert.doesNotMatch(await html(live.url, '/'), /cert-manager\.io/);
    tls.installCrds([...crd('cert-manager/certificates.cert-manager.io.yaml'), ...crd('cert-manager/issuers.cert-manager.io.yaml')]);
    await eventually('the new CRD on the home page', async () => {
      const home = await html(live.url, '/');
      return /data-group="cert-manager\.io"/.test(home) ? home : undefined;
    });
    const { page, errors } = await openPage(browser);
    await page.goto(`${live.url}/apis/cert-manager.io/v1/certificates`);
    assert.match(await page.locator('main h1').innerText(), /^Certificate\s+cert-manager\.io\/v1/);
    assert.match(await page.locator('main').innerText(), /secretName/);
    assert.deepEqual(errors, []);
    await page.close();
    tls.installCrds([]);
  });

  it('keeps serving the last good copy with "stale since" when the server refuses it later', async () => {
    await eventually('the CRDs gone again', async () => (/data-group="cert-manager\.io"/.test(await html(live.url, '/')) ? undefined : true));
    tls.switches.tokens = { exec: EXEC_TOKEN, mallory: 'mallory-e2e-token-Qq0' }; // alice's token revoked
    const page = await eventually('the stale banner', async () => {
      const shown = text(await html(live.url, '/apis/apps/v1'));
      return /Stale since/.test(shown) ? shown : undefined;
    });
    assert.match(page, /Stale since <time dateTime="[^"]+">\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC<\/time>/);
    assert.match(
      page,
      /HTTP 401 Unauthorized: Unauthorized: the server did not accept the credentials of context "e2e", user "alice" \(bearer token\)/,
    );
    assert.match(page, /Deployment/);
    tls.switches.tokens = { alice: TOKEN, exec: EXEC_TOKEN, mallory: 'mallory-e2e-token-Qq0' };
    await eventually('the stale banner gone', async () => (/Stale since/.test(await html(live.url, '/apis/apps/v1')) ? undefined : true));
  });
});

describe('live cluster through a plain URL (kubectl proxy) and an exec credential plugin', () => {
  it('renders through http://127.0.0.1:PORT, warns on one unavailable group only, and goes stale when the proxy stops', async () => {
    const proxy = await startApiServer(documents);
    proxy.setUnavailable('batch/v1');
    const live = await site({ ATLAS_SERVER_URL: proxy.url, ATLAS_REFRESH_SECONDS: '1' });
    try {
      assert.match(await html(live.url, '/'), /Kubernetes v1\.36\.0/);
      const batch = text(await html(live.url, '/apis/batch/v1'));
      assert.match(batch, /callout-warning/);
      assert.match(batch, /batch\/v1 is marked Stale in aggregated discovery/);
      assert.doesNotMatch(text(await html(live.url, '/apis/apps/v1')), /callout-warning/);
      assert.ok(proxy.requests.every((r) => r.userAgent?.startsWith('kube-api-atlas/')));
      await proxy.close();
      const stale = await eventually('the stale banner after the proxy stopped', async () => {
        const shown = text(await html(live.url, '/apis/apps/v1/deployments'));
        return /Stale since/.test(shown) ? shown : undefined;
      });
      assert.match(stale, /Stale since/);
      assert.match(stale, /GET http:\/\/127\.0\.0\.1:\d+\/\S+: cannot reach the server \(ECONNREFUSED/);
      assert.match(stale, /spec\.replicas|replicas/);
    } finally {
      await stopSite(live);
      // Closed above when all went well; a failed assertion before that would leave it open and the file hanging.
      await proxy.close();
    }
  });

  it('authenticates with an exec plugin that prints an ExecCredential, running it once', async () => {
    const plugin = await writeExecPlugin(dir, EXEC_TOKEN);
    const kubeconfig = await writeKubeconfig(path.join(dir, 'exec.kubeconfig'), {
      server: tls.url,
      pki,
      user: { exec: { command: plugin.command } },
      userName: 'exec-user',
    });
    const live = await site({ ATLAS_KUBECONFIG: kubeconfig });
    try {
      assert.match(await html(live.url, '/'), /Kubernetes v1\.36\.0/);
      assert.match(await html(live.url, '/apis/apps/v1/deployments'), /Deployment/);
      assert.equal(readFileSync(plugin.countFile, 'utf8').length, 1);
      assert.equal(tls.requests.at(-1)?.user, 'exec');
    } finally {
      await stopSite(live);
    }
  });
});

describe('failures get a clear page naming what failed', () => {
  const cases: Array<{ name: string; env: () => Promise<Record<string, string>>; expect: RegExp[] }> = [
    {
      name: '401: the context, the user and the refused URL',
      env: async () => ({
        ATLAS_KUBECONFIG: await writeKubeconfig(path.join(dir, 'bad-token'), {
          server: tls.url,
          pki,
          user: { token: 'wrong-token-Zz91' },
          context: 'staging',
          userName: 'bob',
        }),
      }),
      expect: [
        /Cannot load the API from https:\/\/127\.0\.0\.1:\d+/,
        /GET https:\/\/127\.0\.0\.1:\d+\/\S+: HTTP 401 Unauthorized: Unauthorized: the server did not accept the credentials of context "staging", user "bob" \(bearer token\)/,
        /check the token/,
      ],
    },
    {
      name: '403: forbidden user',
      env: async () => ({
        ATLAS_KUBECONFIG: await writeKubeconfig(path.join(dir, 'forbidden'), {
          server: tls.url,
          pki,
          user: { token: 'mallory-e2e-token-Qq0' },
          userName: 'mallory',
        }),
      }),
      expect: [
        /HTTP 403 Forbidden: forbidden: User "mallory" cannot get path "\/\S+": the server does not allow context "double", user "mallory"/,
        /system:discovery/,
      ],
    },
    {
      name: 'TLS: says which CA was used',
      env: async () => {
        const other = generateTestPki('not the cluster');
        return {
          ATLAS_KUBECONFIG: await writeKubeconfig(path.join(dir, 'wrong-ca'), {
            server: tls.url,
            pki: { ...pki, ca: other.ca },
            user: { token: TOKEN },
            context: 'tls',
          }),
        };
      },
      expect: [
        /GET https:\/\/127\.0\.0\.1:\d+\/\S+: TLS verification failed \(/,
        /checked against certificate-authority-data of cluster "tls-cluster"/,
      ],
    },
    {
      name: 'unreachable server',
      env: async () => {
        const gone = await startApiServer(documents);
        await gone.close();
        return { ATLAS_SERVER_URL: gone.url };
      },
      expect: [/GET http:\/\/127\.0\.0\.1:\d+\/\S+: cannot reach the server \(ECONNREFUSED/, /kubectl proxy or the cluster is running/],
    },
    {
      name: 'a server that never answers: bounded timeout',
      env: async () => {
        const hung = await startApiServer(documents);
        hung.switches.hang = true;
        cleanups.push(() => hung.close());
        return { ATLAS_SERVER_URL: hung.url, ATLAS_TIMEOUT_SECONDS: '1', ATLAS_RETRIES: '0' };
      },
      expect: [/GET http:\/\/127\.0\.0\.1:\d+\/\S+: no answer within 1 s \(timed out\)/],
    },
  ];
  for (const failure of cases) {
    it(failure.name, async () => {
      const live = await site(await failure.env());
      try {
        const page = text(await html(live.url, '/apis/apps/v1/deployments'));
        assert.match(page, /class="callout callout-error source-failure"/);
        for (const pattern of failure.expect) assert.match(page, pattern);
      } finally {
        await stopSite(live);
      }
    });
  }
});

async function files(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const full = path.join(root, entry.name);
    if (entry.isDirectory()) out.push(...(await files(full)));
    else if (entry.isFile()) out.push(full); // not symlinks: .next-server links external packages in node_modules
  }
  return out;
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

/**
 * Two exports of the same documents differ in the build id (random per build)
 * and in where React's streaming renderer happened to put `<!-- -->` text
 * separators (they depend on flush timing and do not change the DOM's text).
 */
function withoutBuildId(content: string): string {
  const ids = new Set([...content.matchAll(/\/_next\/static\/([A-Za-z0-9_-]{10,})\/_(?:buildManifest|ssgManifest)/g)].map((m) => m[1]!));
  // In the inline RSC payload the id is `"b":"ID"`, JSON-escaped inside a string: `\"b\":\"ID\"`.
  for (const match of content.matchAll(/\\?"b\\?":\\?"([A-Za-z0-9_-]{10,})\\?"/g)) ids.add(match[1]!);
  let out = content.split('<!-- -->').join('');
  for (const id of ids) out = out.split(id).join('BUILD_ID');
  return out;
}

describe('recording a live cluster and publishing it as a static site', () => {
  const recorded = path.join(PROJECT_ROOT, 'e2e/.artifacts/recorded/kubernetes-1.36');
  const exported = path.join(PROJECT_ROOT, 'e2e/.artifacts/out-recorded');

  it('npm run record writes a snapshot whose static export equals the one built from the embedded snapshot', async () => {
    const kubeconfig = await writeKubeconfig(path.join(dir, 'record.kubeconfig'), { server: tls.url, pki, user: { token: TOKEN } });
    const log = await run(process.execPath, ['--import', 'tsx', 'scripts/record.ts', '--out', recorded, '--kubeconfig', kubeconfig]);
    seen.push({ where: 'npm run record output', text: log });
    assert.match(log, /record: wrote .*kubernetes-1\.36: 65 answers/);
    await run(process.execPath, ['scripts/export.mjs', '--snapshot', recorded, '--out', exported]);
    const reference = path.join(PROJECT_ROOT, 'out');
    const mine = (await files(exported)).map((f) => path.relative(exported, f));
    const theirs = (await files(reference)).map((f) => path.relative(reference, f));
    const pages = theirs.filter((f) => f.endsWith('.html'));
    assert.ok(pages.length > 500, `the reference export has ${pages.length} pages`);
    assert.deepEqual(mine.filter((f) => f.endsWith('.html')).sort(), pages.sort());
    const assets = (list: string[]) =>
      list
        .filter((f) => !f.endsWith('.html'))
        .map((f) => withoutBuildId(f.replace(/^_next\/static\/[A-Za-z0-9_-]{10,}\//, '_next/static/BUILD_ID/')))
        .sort();
    assert.deepEqual(assets(mine), assets(theirs));
    for (const page of pages) {
      const a = withoutBuildId(await readFile(path.join(exported, page), 'utf8'));
      const b = withoutBuildId(await readFile(path.join(reference, page), 'utf8'));
      assert.ok(a === b, `${page} differs between the recorded and the embedded snapshot's export`);
    }
  });
});

describe('secrets stay on the server', () => {
  it('no token, key, certificate or kubeconfig content in pages, RSC payloads, logs, the build, the export or the recorded snapshot', async () => {
    const keyBody = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'))[3]!;
    const secrets = [
      TOKEN,
      EXEC_TOKEN,
      'mallory-e2e-token-Qq0',
      'wrong-token-Zz91',
      keyBody(pki.client.key),
      keyBody(pki.server.key),
      keyBody(pki.ca.cert),
      keyBody(pki.client.cert),
      base64(pki.ca.cert).slice(40, 100),
      base64(pki.client.key).slice(40, 100),
      base64(pki.client.cert).slice(40, 100),
    ];
    const outputs = [
      path.join(PROJECT_ROOT, '.next-server'),
      path.join(PROJECT_ROOT, 'out'),
      path.join(PROJECT_ROOT, 'e2e/.artifacts/out-recorded'),
      path.join(PROJECT_ROOT, 'e2e/.artifacts/recorded'),
    ];
    let scanned = 0;
    const leaks: string[] = [];
    const scan = (where: string, content: string) => {
      scanned += 1;
      for (const secret of secrets) if (content.includes(secret)) leaks.push(`${where} contains ${secret.slice(0, 12)}…`);
    };
    // The scanner must see what it looks for: the kubeconfigs the tests wrote hold every secret.
    scan('self-check', await readFile(path.join(dir, 'https.kubeconfig'), 'utf8'));
    scan('self-check', pki.client.key);
    assert.equal(leaks.length, 3, 'the scan finds the token and CA data in a kubeconfig, and key material in a key');
    leaks.length = 0;
    for (const item of seen) scan(item.where, item.text);
    for (const root of outputs) {
      for (const file of await files(root)) {
        if ((await stat(file)).size > 50_000_000) continue;
        scan(file, (await readFile(file)).toString('latin1'));
      }
    }
    await writeFile(path.join(dir, 'scan.txt'), `${scanned} files and answers scanned\n`);
    assert.deepEqual(leaks, []);
    assert.ok(scanned > 1000, `only ${scanned} items scanned`);
  });
});
