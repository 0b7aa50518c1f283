/**
 * The container image without a Docker daemon: lays out the image's
 * contents from the server build with the Dockerfile's own step
 * (scripts/assemble-image.mjs) in a directory outside the project (so no
 * module can come from the project's node_modules), starts it with the
 * image's CMD and environment, and smoke-tests it: cold start to ready,
 * pages, assets, health, metrics, headers, and the contents' size.
 */
import assert from 'node:assert/strict';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startImage } from '../scripts/bench/support/next-server';
import { PROJECT_ROOT } from '../test-support/fixtures';

/** The Dockerfile's CMD and ENV (PORT is chosen free here). */
const CMD = ['--max-semi-space-size=64', '--require', './scripts/http-guard.cjs', 'server.js'];
const ENV = { NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', HOSTNAME: '0.0.0.0', ATLAS_LISTEN_HOST: '0.0.0.0' };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = execFileSync('cat', [`/proc/${pid}/status`], { encoding: 'utf8' });
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

describe('the container image: the standalone server started as the image CMD starts it', () => {
  let dir: string;
  let child: ChildProcess;
  let url: string;
  let log = '';
  let readyAfterMs = 0;

  before(async () => {
    dir = path.join(await mkdtemp(path.join(tmpdir(), 'atlas-image-')), 'app');
    execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/assemble-image.mjs'), dir], { stdio: 'inherit' });
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // Only the image's environment: nothing of the test's ATLAS_* settings or PATH-found modules.
    const started = performance.now();
    child = spawn(process.execPath, CMD, {
      cwd: dir,
      env: { ...ENV, PORT: String(port), PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (log += chunk));
    child.stderr?.on('data', (chunk) => (log += chunk));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the image's server exited with ${child.exitCode}:\n${log}`);
      const ready = await fetch(`${url}/readyz`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ready) break;
      if (Date.now() > deadline) throw new Error(`not ready within 90 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    readyAfterMs = performance.now() - started;
  });
  after(async () => {
    if (child && child.exitCode === null) {
      await new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      });
    }
    if (dir) await rm(path.dirname(dir), { recursive: true, force: true });
  });

  it('holds only what the server needs, and reports its size', () => {
    const kb = (sub: string) => Number(execFileSync('du', ['-sk', path.join(dir, sub)], { encoding: 'utf8' }).split('\t')[0]);
    const sizes = { total: kb('.'), node_modules: kb('node_modules'), snapshots: kb('snapshots'), static: kb('.next-server/static') };
    console.log(`image contents (KB): ${JSON.stringify(sizes)}; cold start to ready: ${Math.round(readyAfterMs)} ms`);
    assert.ok(sizes.total < 400 * 1024, `image contents ${sizes.total} KB`);
    // Development tools never ship.
    for (const devOnly of ['typescript', 'playwright-core', 'vitest', 'eslint']) {
      assert.equal(
        execFileSync('ls', [path.join(dir, 'node_modules')], { encoding: 'utf8' })
          .split('\n')
          .includes(devOnly),
        false,
        devOnly,
      );
    }
  });

  it('serves pages, assets, JSON and health from the embedded snapshot with the security headers, listening on all interfaces', async () => {
    assert.match(log, /0\.0\.0\.0/);
    const home = await fetch(`${url}/`);
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /Kubernetes v1\.36\.0/);
    assert.match(home.headers.get('content-security-policy') ?? '', /script-src 'nonce-/);
    assert.equal(home.headers.get('x-content-type-options'), 'nosniff');
    const asset = /\/_next\/static\/[^"]+\.(js|css)/.exec(html)?.[0];
    assert.ok(asset);
    assert.equal((await fetch(`${url}${asset}`)).status, 200);
    const pods = await fetch(`${url}/api/v1/pods`);
    assert.equal(pods.status, 200);
    assert.match(await pods.text(), /PodSpec|spec\.containers/);
    assert.equal((await fetch(`${url}/search-index.json`)).status, 200);
    assert.equal((await fetch(`${url}/openapi/v2/apis/apps/v1.json`)).status, 200);
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.match(await (await fetch(`${url}/readyz`)).text(), /^ready: kubernetes-1\.36/);
    console.log(`server RSS after the smoke pages: ${rssMb(child.pid!).toFixed(1)} MB`);
  });

  it('exports Prometheus metrics: document loads per source, response durations per route kind', async () => {
    const metrics = await (await fetch(`${url}/metrics`)).text();
    assert.match(metrics, /atlas_document_requests_total\{source="kubernetes-1\.36",document="openapi",outcome="ok"\} [1-9]/);
    assert.match(metrics, /atlas_document_request_duration_seconds_count\{source="kubernetes-1\.36",document="discovery"\} [1-9]/);
    assert.match(metrics, /atlas_http_response_duration_seconds_count\{route_kind="resource",status="2xx"\} [1-9]/);
    assert.match(metrics, /atlas_process_resident_memory_bytes \d+/);
  });
});

describe('the container image when its cluster cannot be reached', () => {
  it('answers the failure page with 503 (the guard the CMD preloads sets the status)', async () => {
    const closedPort = await freePort();
    const site = await startImage({ ATLAS_SERVER_URL: `http://127.0.0.1:${closedPort}`, ATLAS_RETRIES: '0' });
    try {
      const page = await fetch(`${site.url}/apis/apps/v1/deployments`);
      assert.equal(page.status, 503);
      assert.match(await page.text(), /class="callout callout-error source-failure"/);
      assert.equal(page.headers.get('cache-control'), 'no-store');
    } finally {
      await site.stop();
    }
  });
});
