/**
 * The production server build for benchmarks and the load test: builds it
 * (`next build` → .next-server/) unless told to reuse it, and starts
 * `next start` on a snapshot with e2e/support/live-site.ts (free port,
 * stopped by its own pid).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startLiveSite, type LiveSite } from '../../../e2e/support/live-site';
import { answersOk, waitForServer } from '../../../e2e/support/wait-for-server';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const nextBin = path.join(ROOT, 'node_modules/next/dist/bin/next');

/** Runs `next build` (output kept quiet unless it fails). With `reuse`, only checks that a build exists. */
export async function ensureServerBuild(reuse: boolean): Promise<void> {
  if (reuse) {
    if (!existsSync(path.join(ROOT, '.next-server/BUILD_ID')))
      throw new Error('no server build in .next-server/: run npm run build, or leave out --skip-build');
    return;
  }
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: ROOT,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}:\n${output}`))));
  });
  console.log(`  (built the server in ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

/**
 * Starts the production server on a snapshot; the other snapshots in snapshots/ are offered for comparison, as by default.
 * Without the cache of rendered pages (scripts/page-cache.cjs) unless `env` says otherwise: benchmarks measure renders.
 */
export function startServer(snapshot: string, env: Record<string, string> = {}): Promise<LiveSite> {
  return startLiveSite({ ATLAS_SNAPSHOT: snapshot, ATLAS_PAGE_CACHE_MB: '0', ...env });
}

/** Resident set size of a process in bytes, from /proc (Linux). */
export function rssOf(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}

/**
 * Starts the server as the container image does (Dockerfile CMD): the
 * image's contents laid out by scripts/assemble-image.mjs in a temporary
 * directory, `node --max-semi-space-size=64 --require ./scripts/http-guard.cjs
 * server.js` with the image's environment plus `env`, on a free port.
 */
export async function startImage(env: Record<string, string> = {}): Promise<LiveSite> {
  const { execFileSync, spawn: spawnChild } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const net = await import('node:net');
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-image-')), 'app');
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/assemble-image.mjs'), dir], { stdio: 'ignore' });
  const port = await new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port: free } = server.address() as { port: number };
      server.close(() => resolve(free));
    });
  });
  const child = spawnChild(process.execPath, ['--max-semi-space-size=64', '--require', './scripts/http-guard.cjs', 'server.js'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      HOSTNAME: '0.0.0.0',
      ATLAS_LISTEN_HOST: '0.0.0.0',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForServer({
    child,
    ready: () => answersOk(`${url}/healthz`),
    what: "the image's server",
    output: () => output,
    timeoutMs: 90_000,
    intervalMs: 100,
  });
  return {
    url,
    pid: child.pid!,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          rmSync(path.dirname(dir), { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGTERM');
      }),
  };
}
