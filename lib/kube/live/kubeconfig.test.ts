import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig } from '../../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../../test-support/fixtures';
import { AtlasError, TransportError } from '../../errors';
import { ACCEPT_JSON } from '../media-type';
import { HttpTransport } from './http-transport';
import { kubeconfigEndpoint } from './kubeconfig';

const TOKEN = 'sectoken-kubeconfig-yaml-4Fq8Lp2Wz';

/** A kubeconfig whose `contexts:` line, three lines below the token, is mis-indented. */
const broken = `apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://127.0.0.1:6443
users:
- name: u
  user:
    token: ${TOKEN}
 contexts:
- name: ctx
  context: { cluster: c, user: u }
current-context: ctx
`;

describe('kubeconfigEndpoint on a file that is not valid YAML', () => {
  it('reports the line, column and kind of the YAML error, never file content', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kubeconfig-'));
    const file = path.join(dir, 'config');
    await writeFile(file, broken);
    const error = await kubeconfigEndpoint({ file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AtlasError);
    const message = (error as Error).message;
    expect(message).toMatch(/^kubeconfig .*config: is not valid YAML: .+ at line 11, column 2$/);
    expect(message).not.toContain(TOKEN);
    expect(message).not.toContain('token:');
    // The cause (kept for the stack) must not carry the file either: it reaches logs.
    expect(String((error as Error).cause ?? '')).not.toContain(TOKEN);
  });

  it('leaves out the parts of a reason that quote the file (a tag, an alias)', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kubeconfig-'));
    for (const [value, kind] of [
      [`!${TOKEN}`, 'unknown tag'],
      [`*${TOKEN}`, 'unidentified alias'],
    ] as const) {
      const file = path.join(dir, `config-${kind.replace(' ', '-')}`);
      await writeFile(file, broken.replace(`token: ${TOKEN}`, `token: ${value}`).replace(' contexts:', 'contexts:'));
      const message = String(await kubeconfigEndpoint({ file }).catch((e: unknown) => e));
      expect(message).toMatch(new RegExp(`is not valid YAML: ${kind} at line \\d+, column \\d+$`));
      expect(message).not.toContain(TOKEN);
    }
  });
});

describe('a kubeconfig corrected while the site runs', () => {
  it('is read again when the cluster answers 401, so a fixed token works without a restart', async () => {
    const pki = generateTestPki();
    const server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
    try {
      server.switches.tokens = { alice: 'the-right-token' };
      const dir = await mkdtemp(path.join(tmpdir(), 'atlas-kubeconfig-'));
      const file = path.join(dir, 'config');
      await writeKubeconfig(file, { server: server.url, pki, user: { token: 'an-expired-token' }, userName: 'alice' });
      const transport = new HttpTransport(await kubeconfigEndpoint({ file }), { timeoutSeconds: 5, retries: 0 });
      const refused = await transport.get('/version', { accept: ACCEPT_JSON }).catch((e: unknown) => e as TransportError);
      expect((refused as TransportError).status).toBe(401);
      await writeKubeconfig(file, { server: server.url, pki, user: { token: 'the-right-token' }, userName: 'alice' });
      expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
      expect(server.requests.at(-1)?.user).toBe('alice');
      // A file broken mid-write keeps the last good configuration rather than failing every request.
      await writeFile(file, broken);
      server.switches.tokens = { alice: 'the-right-token', bob: 'x' };
      expect((await transport.get('/version', { accept: ACCEPT_JSON })).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 120_000); // makes an RSA key set in pure JavaScript: slow on a loaded machine
});
