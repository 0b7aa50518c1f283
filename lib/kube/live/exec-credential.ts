import { spawn } from 'node:child_process';
import type { RequestOptions } from 'node:https';
import type { User } from '@kubernetes/client-node';
import { processEnvironment } from '../../config';

/**
 * Runs kubeconfig exec credential plugins (`users[].user.exec`, and the
 * legacy `auth-provider` with `config.exec`) in place of client-node's
 * ExecAuth, which puts a failing plugin's stderr in its error (plugins print
 * tokens and request dumps there), quotes the start of unparsable output in
 * JSON.parse's message, and waits forever for a plugin that hangs. Here a
 * failure is a fixed message with the exit status; a plugin that runs past
 * the timeout is killed with everything it started (its process group); and
 * plugins still running when the site exits are killed too.
 */

/** The shape client-node's KubeConfig calls (its Authenticator, which the package does not export). */
export interface CredentialAuthenticator {
  isAuthProvider(user: User): boolean;
  applyAuthentication(user: User, opts: RequestOptions): Promise<void>;
}

interface ExecConfig {
  command: string;
  args?: string[];
  env?: Array<{ name: string; value: string }>;
}

interface ExecCredentialStatus {
  token?: string;
  clientCertificateData?: string;
  clientKeyData?: string;
  expirationTimestamp?: string;
}

/** An ExecCredential is a few KB; anything far larger is not one (and is not kept in memory). */
const MAX_OUTPUT_BYTES = 1024 * 1024;

/** Process groups of plugins still running, killed when the site's process exits. */
const running = new Set<number>();
let exitHookInstalled = false;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
  running.delete(pid);
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const pid of running) killGroup(pid);
  });
}

function execConfigOf(user: User): ExecConfig | undefined {
  const exec = (user.exec ?? (user.authProvider?.config as { exec?: unknown } | undefined)?.exec) as Partial<ExecConfig> | undefined;
  if (!exec || typeof exec !== 'object') return undefined;
  return exec as ExecConfig;
}

function statusOf(output: string): ExecCredentialStatus | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    return undefined; // JSON.parse's message quotes the output: never pass it on
  }
  const status = (parsed as { status?: unknown } | null)?.status;
  if (!status || typeof status !== 'object') return undefined;
  const s = status as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const result: ExecCredentialStatus = {};
  for (const key of ['token', 'clientCertificateData', 'clientKeyData', 'expirationTimestamp'] as const) {
    const value = str(s[key]);
    if (value !== undefined) result[key] = value;
  }
  return result.token || result.clientCertificateData ? result : undefined;
}

/** Runs one plugin; resolves its ExecCredential status or rejects with a message free of its output. */
export function runExecPlugin(exec: ExecConfig, timeoutSeconds: number): Promise<ExecCredentialStatus> {
  const name = `exec credential plugin ${JSON.stringify(exec.command)}`;
  // The plugin inherits the site's environment, as kubectl's plugins inherit kubectl's.
  const env: NodeJS.ProcessEnv = { ...processEnvironment() };
  for (const entry of exec.env ?? []) env[entry.name] = entry.value;
  installExitHook();
  return new Promise((resolve, reject) => {
    // detached: the plugin leads its own process group, so a timeout can kill what it started too.
    const child = spawn(exec.command, exec.args ?? [], { env, detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    const chunks: Buffer[] = [];
    let size = 0;
    let failure: string | undefined;
    const fail = (message: string) => {
      failure ??= message;
      if (pid !== undefined) killGroup(pid);
    };
    const timer = setTimeout(() => fail(`${name} did not finish within ${timeoutSeconds} s (stopped)`), timeoutSeconds * 1000);
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_OUTPUT_BYTES) fail(`${name} printed more than ${MAX_OUTPUT_BYTES / 1024} KiB`);
      else chunks.push(chunk);
    });
    child.on('error', (error: NodeJS.ErrnoException) => fail(`${name} could not be started (${error.code ?? 'error'})`));
    // Children the plugin left behind would hold its stdout open (and 'close' back): end them with it.
    child.on('exit', () => {
      if (pid !== undefined) killGroup(pid);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (failure) return reject(new Error(failure));
      if (code !== 0) {
        const how = code === null ? `was killed by ${signal ?? 'a signal'}` : `exited with status ${code}`;
        return reject(new Error(`${name} ${how} (its output is not shown: it may hold credentials)`));
      }
      const status = statusOf(Buffer.concat(chunks).toString('utf8'));
      if (!status) return reject(new Error(`${name} did not print an ExecCredential with a token or client certificate`));
      resolve(status);
    });
  });
}

/** An authenticator for client-node's KubeConfig that runs exec plugins with `runExecPlugin`. */
export function boundedExecAuthenticator(timeoutSeconds: number): CredentialAuthenticator {
  const cache = new Map<string, ExecCredentialStatus>();
  return {
    isAuthProvider: (user) => execConfigOf(user) !== undefined,
    async applyAuthentication(user, opts) {
      const exec = execConfigOf(user);
      if (!exec) return;
      if (!exec.command) throw new Error('the exec credential plugin has no command');
      let status = cache.get(user.name);
      if (!status || !status.expirationTimestamp || Date.parse(status.expirationTimestamp) <= Date.now()) {
        status = await runExecPlugin(exec, timeoutSeconds);
        cache.set(user.name, status);
      }
      if (status.clientCertificateData) opts.cert = status.clientCertificateData;
      if (status.clientKeyData) opts.key = status.clientKeyData;
      if (status.token) opts.headers = { ...opts.headers, Authorization: `Bearer ${status.token}` };
    },
  };
}
