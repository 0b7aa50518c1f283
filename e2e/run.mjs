#!/usr/bin/env node
/**
 * End-to-end tests: builds the server and the static export (twice: at the
 * root and under the base path /atlas), serves each, and runs e2e/*.test.ts
 * in headless Chromium against all three.
 *
 * E2E_SKIP_BUILD=1 reuses existing builds (.next, out/, e2e/.artifacts/).
 * E2E_ONLY=openapi runs only the test files whose name contains "openapi"
 * (E2E_ONLY=hostile,live: either).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const artifacts = path.join(root, 'e2e/.artifacts');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const skipBuild = process.env.E2E_SKIP_BUILD === '1';

if (!existsSync(chromium)) {
  console.error(`e2e: Chromium not found at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`e2e: ${url} did not come up within ${timeoutMs / 1000} s`);
}

const node = process.execPath;
const next = path.join(root, 'node_modules/next/dist/bin/next');
/** As `npm start` runs the server: with the HTTP guard (TRACE → 405, client address) preloaded. */
const guard = ['--require', path.join(root, 'scripts/http-guard.cjs')];
const children = [];
let exitCode = 1;
try {
  if (!skipBuild) {
    await run(node, ['scripts/export.mjs']);
    // An export to another folder must leave out/ alone: a file put there survives it.
    const sentinel = path.join(root, 'out/.e2e-sentinel');
    await writeFile(sentinel, 'out/ before the --out export');
    await run(node, ['scripts/export.mjs', '--base-path', '/atlas', '--out', path.join(artifacts, 'out-atlas')]);
    if (!existsSync(sentinel)) throw new Error('e2e: npm run export -- --out DIR touched out/ (a file put there is gone)');
    await rm(sentinel);
    await run(node, [next, 'build']);
  }

  const port = await freePort();
  const server = spawn(node, [...guard, next, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  children.push(server);
  const serverUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${serverUrl}/version-check-not-a-page`);

  // The same server build on a snapshot whose protobuf /openapi/v2 is garbage:
  // the site must fall back to JSON and still be correct (openapi-encoding.test.ts).
  const fallbackSnapshot = path.join(artifacts, 'snapshot-corrupt-protobuf');
  await run(node, ['--import', 'tsx', 'e2e/support/make-openapi-variant.ts', 'corrupt-json', fallbackSnapshot]);
  const fallbackPort = await freePort();
  const fallbackServer = spawn(node, [...guard, next, 'start', '-p', String(fallbackPort), '-H', '127.0.0.1'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ATLAS_SNAPSHOT: fallbackSnapshot },
  });
  children.push(fallbackServer);
  const fallbackUrl = `http://127.0.0.1:${fallbackPort}`;
  await waitFor(`${fallbackUrl}/version-check-not-a-page`);

  // The static servers run in a child process that speaks TypeScript (tsx).
  const statics = spawn(node, ['--import', 'tsx', 'e2e/support/serve-exports.ts', path.join(root, 'out'), path.join(artifacts, 'out-atlas')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(statics);
  const urls = await new Promise((resolve, reject) => {
    let buffer = '';
    statics.stdout.on('data', (chunk) => {
      buffer += chunk;
      const line = buffer.split('\n').find((l) => l.startsWith('{'));
      if (line) resolve(JSON.parse(line));
    });
    statics.on('exit', (code) => reject(new Error(`static servers exited with ${code}`)));
  });

  const only = (process.env.E2E_ONLY ?? '').split(',');
  const tests = (await readdir(path.join(root, 'e2e')))
    .filter((f) => f.endsWith('.test.ts') && only.some((part) => f.includes(part)))
    .map((f) => path.join('e2e', f));
  await run(node, ['--import', 'tsx', '--test', '--test-concurrency=1', ...tests], {
    ATLAS_E2E_SERVER_URL: serverUrl,
    ATLAS_E2E_STATIC_URL: urls.static,
    ATLAS_E2E_BASE_URL: urls.base,
    ATLAS_E2E_FALLBACK_URL: fallbackUrl,
  });
  exitCode = 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  for (const child of children) child.kill('SIGTERM');
}
process.exit(exitCode);
