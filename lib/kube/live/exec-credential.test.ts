import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeKubeconfig } from '../../../test-support/apiserver';
import { kubeconfigEndpoint } from './kubeconfig';
import { alive } from '../../../test-support/process';

const SECRET = 'sectoken-exec-plugin-Vb7Nq3Xw';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-exec-'));
});

/** Writes an executable shell script as an exec credential plugin. */
async function plugin(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

async function credentialError(command: string, options: { execTimeoutSeconds?: number } = {}): Promise<Error> {
  const file = await writeKubeconfig(path.join(dir, `${path.basename(command)}.kubeconfig`), {
    server: 'https://127.0.0.1:1',
    user: { exec: { command } },
    userName: 'exec-user',
  });
  const endpoint = await kubeconfigEndpoint({ file, ...options });
  const error = await endpoint.requestOptions().then(
    () => undefined,
    (e: unknown) => e as Error,
  );
  if (!error) throw new Error('the credential plugin was expected to fail');
  return error;
}

describe('exec credential plugins', () => {
  it('a failing plugin: its exit status and a fixed message, never its stderr', async () => {
    const command = await plugin('fails.sh', `echo "token ${SECRET} rejected" >&2\nexit 3`);
    const error = await credentialError(command);
    expect(error.message).toMatch(/exec credential plugin ".*fails\.sh" exited with status 3/);
    expect(error.message).not.toContain(SECRET);
    expect(String(error.cause ?? '')).not.toContain(SECRET);
  });

  it('a plugin printing something that is not an ExecCredential: a fixed message, never its output', async () => {
    const command = await plugin('garbage.sh', `echo "{\\"status\\": ${SECRET}"`);
    const error = await credentialError(command);
    expect(error.message).toMatch(/exec credential plugin ".*garbage\.sh" did not print an ExecCredential/);
    expect(error.message).not.toContain(SECRET);
    expect(String(error.cause ?? '')).not.toContain(SECRET);
  });

  it('a hanging plugin is timed out, killed with its children, and named', async () => {
    const pids = path.join(dir, 'hang.pids');
    const command = await plugin('hangs.sh', `sleep 300 &\necho $$ $! > ${pids}\nwait`);
    const started = performance.now();
    const error = await credentialError(command, { execTimeoutSeconds: 1 });
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.message).toMatch(/exec credential plugin ".*hangs\.sh" did not finish within 1 s \(stopped\)/);
    const [shell, child] = (await readFile(pids, 'utf8')).trim().split(' ').map(Number);
    // Killing is asynchronous: wait for both to be gone rather than sleeping a fixed time.
    const deadline = Date.now() + 5_000;
    while ((alive(shell!) || alive(child!)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(alive(shell!)).toBe(false);
    expect(alive(child!)).toBe(false);
  });
});
