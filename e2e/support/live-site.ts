/**
 * Runs the server build (`next start`, .next-server/) against a live source:
 * the kube-apiserver double started in the test process, reached through a
 * kubeconfig, a plain URL or an exec plugin, as configured by environment
 * variables exactly as a user would. Captures the server's log (to scan it
 * for secrets) and stops it by its own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { portAccepts, waitForServer } from './wait-for-server';

const root = path.resolve(import.meta.dirname, '../..');
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');

export interface LiveSite {
  url: string;
  /** The server process's pid (for its memory use: /proc/PID/status). */
  pid: number;
  /** Everything the server printed so far (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Node flags of the production server, as `npm start` (package.json) passes
 * them: the HTTP guard (scripts/http-guard.cjs: TRACE → 405, the client
 * address for rate limits) and a 64 MB young generation. A page render allocates tens of megabytes
 * that die with the request; with the default 16 MB, every render pays a
 * scavenge that copies the render in progress and promotes it into the old
 * generation. Measured on the Pod page (713 KB of HTML): median 51 → 46 ms,
 * for about 100 MB more RSS (README, "Benchmarks").
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=64', '--require', path.join(root, 'scripts/http-guard.cjs')];

/** Variables that choose a source; cleared so the test's own choice is the only one. */
const SOURCE_VARIABLES = [
  'ATLAS_SNAPSHOT',
  'ATLAS_CRDS',
  'ATLAS_SERVER_URL',
  'ATLAS_IN_CLUSTER',
  'ATLAS_KUBECONFIG',
  'ATLAS_CONTEXT',
  'ATLAS_SOURCE',
  'KUBECONFIG',
];

/** Starts `next start` with `env` on a free port and waits until it answers. */
export async function startLiveSite(env: Record<string, string>): Promise<LiveSite> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of SOURCE_VARIABLES) delete childEnv[name];
  Object.assign(childEnv, env);
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitForServer({ child, ready: () => portAccepts(port), what: 'next start', output: () => output, timeoutMs: 60_000 });
  return {
    url,
    pid: child.pid!,
    log: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
