/**
 * Waits for a server the tests or benchmarks started as a child process:
 * until `ready()` says it answers, failing early with its output when it
 * exits and after `timeoutMs` when it never answers. Shared by
 * e2e/support/live-site.ts (`next start`) and scripts/bench/support/next-server.ts
 * (the container image's server.js).
 */
import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface WaitForServerOptions {
  child: ChildProcess;
  /** Resolves true once the server answers. */
  ready: () => Promise<boolean>;
  /** For messages: `next start`, `the image's server`. */
  what: string;
  /** Everything the process printed so far, for the error messages. */
  output: () => string;
  timeoutMs: number;
  intervalMs?: number;
}

export async function waitForServer({ child, ready, what, output, timeoutMs, intervalMs = 200 }: WaitForServerOptions): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}:\n${output()}`);
    if (await ready()) return;
    if (Date.now() > deadline) throw new Error(`${what} did not answer within ${timeoutMs / 1000} s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAccepts(port: number): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.end();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

/** True when GET url answers 2xx. */
export function answersOk(url: string): Promise<boolean> {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  );
}
