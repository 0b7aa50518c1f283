/**
 * The rule behind issue 17 item 1: no error message, status, log line or
 * answer ever contains bytes of a credential. A kubeconfig holds a seeded
 * secret in every credential field kubectl knows (token, client key and
 * certificate data, basic-auth password, exec plugin output, auth-provider
 * config); the site is run through every failure mode it has with it, and
 * everything it says is scanned for those bytes.
 */
import { chmod, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { stringify } from 'yaml';
import { base64, documentsFromSnapshot, generateTestPki, startApiServer, type ApiServerDouble, type TestPki } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { createSource } from './registry';

// Each starts with its own random part: a message that quotes only a secret's first bytes is caught too.
const SECRETS = {
  token: 'Hk4Wq9Zr2Lx7-seeded-token',
  password: 'Pm3Tn8Vc5-seeded-password',
  execStderr: 'Jd6Ys1Bf-seeded-exec-stderr',
  execOutput: 'Qw2Er4Ty-seeded-exec-output',
  execToken: 'Ui8Op0As-seeded-exec-token',
  idToken: 'Df3Gh5Jk-seeded-oidc-id-token',
  refreshToken: 'Zx7Cv9Bn-seeded-oidc-refresh',
  clientSecret: 'Mn1Lk3-seeded-oidc-client-secret',
  providerToken: 'Wq5Er7-seeded-gcp-access-token',
};

let pki: TestPki;
let other: TestPki;
let server: ApiServerDouble;
let dir: string;
/** Key and certificate bodies of the client key pair put in the kubeconfig. */
let keyBytes: string[];

beforeAll(async () => {
  pki = generateTestPki();
  other = generateTestPki('not trusted by the server');
  server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { pki });
  server.switches.tokens = { alice: 'the-one-good-token' };
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-secrets-'));
  const line = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'))[3]!;
  keyBytes = [line(other.client.key), base64(other.client.key).slice(40, 100), base64(other.client.cert).slice(40, 100)];
}, 120_000); // two RSA key sets in pure JavaScript (node-forge): slow on a loaded machine
afterAll(async () => {
  await server?.close();
});

async function script(name: string, body: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\n${body}\n`);
  await chmod(file, 0o755);
  return file;
}

/** Every user carries secrets; `current` picks the one the failure mode connects as. */
async function kubeconfig(name: string, current: string, options: { server?: string; mangle?: (yaml: string) => string } = {}): Promise<string> {
  const credential = (token: string) => JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token } });
  const plugins = {
    fails: await script('fails.sh', `echo "${SECRETS.execStderr}" >&2\necho '${credential(SECRETS.execOutput)}'\nexit 1`),
    garbage: await script('garbage.sh', `echo "not json ${SECRETS.execOutput}"\necho "${SECRETS.execStderr}" >&2`),
    hangs: await script('hangs.sh', `echo "${SECRETS.execStderr}" >&2\nsleep 300 &\nwait`),
    refused: await script('refused.sh', `echo '${credential(SECRETS.execToken)}'`),
  };
  const exec = (command: string) => ({ apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Never', command });
  const users = {
    token: { token: SECRETS.token },
    basic: { username: 'admin', password: SECRETS.password },
    'client-cert': { 'client-certificate-data': base64(other.client.cert), 'client-key-data': base64(other.client.key) },
    'exec-fails': { exec: exec(plugins.fails) },
    'exec-garbage': { exec: exec(plugins.garbage) },
    'exec-hangs': { exec: exec(plugins.hangs) },
    'exec-refused': { exec: exec(plugins.refused) },
    oidc: {
      'auth-provider': {
        name: 'oidc',
        config: {
          'client-id': 'atlas',
          'client-secret': SECRETS.clientSecret,
          'id-token': SECRETS.idToken,
          'refresh-token': SECRETS.refreshToken,
          'idp-issuer-url': 'https://127.0.0.1:1/issuer',
        },
      },
    },
    gcp: {
      'auth-provider': { name: 'gcp', config: { 'access-token': SECRETS.providerToken, expiry: '2000-01-01T00:00:00Z', 'cmd-path': plugins.fails } },
    },
  };
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'c', cluster: { server: options.server ?? server.url, 'certificate-authority-data': base64(pki.ca.cert) } }],
    users: Object.entries(users).map(([userName, user]) => ({ name: userName, user })),
    contexts: Object.keys(users).map((userName) => ({ name: userName, context: { cluster: 'c', user: userName } })),
    'current-context': current,
  };
  const file = path.join(dir, `${name}.kubeconfig`);
  const yaml = stringify(config);
  await writeFile(file, options.mangle ? options.mangle(yaml) : yaml);
  return file;
}

interface Said {
  where: string;
  text: string;
}

/** Runs one failure mode through the source the site would make, collecting everything it says or logs. */
async function failureMode(name: string, file: string, context?: string): Promise<Said[]> {
  const said: Said[] = [];
  const logged: string[] = [];
  const spies = (['log', 'warn', 'error', 'info', 'debug'] as const).map((level) =>
    vi
      .spyOn(console, level)
      .mockImplementation((...args: unknown[]) => logged.push(args.map((a) => (typeof a === 'string' ? a : inspect(a, { depth: 8 }))).join(' '))),
  );
  try {
    const source = createSource(
      { kind: 'kubeconfig', name, file, ...(context ? { context } : {}) },
      { refreshSeconds: 0, timeoutSeconds: 2, retries: 0, execTimeoutSeconds: 1 },
    );
    const status = await source.status();
    said.push({ where: `${name}: status`, text: JSON.stringify(status) });
    expect(status.model, `${name} must fail`).toBeUndefined();
    if ('request' in source && typeof source.request === 'function') {
      const answer = await source.request({ method: 'GET', path: '/version', accept: 'application/json' }).then(
        (response) => JSON.stringify(response),
        (error: unknown) => inspect(error, { depth: 8 }),
      );
      said.push({ where: `${name}: request`, text: answer });
    }
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  said.push({ where: `${name}: log`, text: logged.join('\n') });
  return said;
}

describe('no credential in any output of any failure mode', () => {
  it('scans status, errors with their causes, request answers and log lines of every failure mode for seeded secrets', async () => {
    const modes: Array<[string, string, string?]> = [
      ['bearer token refused (401)', await kubeconfig('token', 'token')],
      ['basic auth refused', await kubeconfig('basic', 'basic')],
      ['client certificate of another CA', await kubeconfig('client-cert', 'client-cert')],
      ['exec plugin fails', await kubeconfig('exec-fails', 'exec-fails')],
      ['exec plugin prints garbage', await kubeconfig('exec-garbage', 'exec-garbage')],
      ['exec plugin hangs', await kubeconfig('exec-hangs', 'exec-hangs')],
      ['exec token refused (401)', await kubeconfig('exec-refused', 'exec-refused')],
      ['oidc auth provider', await kubeconfig('oidc', 'oidc')],
      ['gcp auth provider', await kubeconfig('gcp', 'gcp')],
      ['unknown context', await kubeconfig('context', 'token'), 'no-such-context'],
      ['server unreachable', await kubeconfig('unreachable', 'token', { server: 'https://127.0.0.1:1' })],
    ];
    // A mis-indented line right below each secret: YAML errors must not quote the file.
    const inFile = { ...SECRETS, clientKey: base64(other.client.key) } as Record<string, string>;
    for (const field of ['token', 'password', 'idToken', 'refreshToken', 'clientSecret', 'providerToken', 'clientKey']) {
      const value = inFile[field]!;
      const mangle = (yaml: string) => yaml.replace(new RegExp(`(.*${value.slice(0, 40).replace(/[+/]/g, '.')}.*\\n)(\\s*)(\\S)`), '$1$2   $3');
      modes.push([`YAML error below ${field}`, await kubeconfig(`yaml-${field}`, 'token', { mangle })]);
    }
    modes.push([
      'YAML error: a tab in the token line',
      await kubeconfig('yaml-tab', 'token', { mangle: (y) => y.replace(`token: ${SECRETS.token}`, `token:\t"${SECRETS.token}`) }),
    ]);

    const said: Said[] = [];
    for (const [name, file, context] of modes) said.push(...(await failureMode(name, file, context)));

    const secrets = [...Object.values(SECRETS), ...keyBytes];
    const leaks = said.flatMap(({ where, text }) =>
      secrets.filter((s) => text.includes(s) || text.includes(s.slice(0, 10))).map((s) => `${where}: ${s}`),
    );
    // The scanner sees what it looks for: every kubeconfig holds every secret.
    expect(secrets.every((s) => said.length > 0 && s.length > 10)).toBe(true);
    expect(leaks).toEqual([]);
    // Each mode failed with a message of its own (not an empty or generic one).
    const statuses = said.filter((s) => s.where.endsWith(': status')).map((s) => JSON.parse(s.text) as { error?: string });
    expect(statuses.every((s) => typeof s.error === 'string' && s.error.length > 20)).toBe(true);
    const yamlModes = said.filter((s) => s.where.startsWith('YAML error') && s.where.endsWith(': status'));
    expect(yamlModes).toHaveLength(8);
    for (const mode of yamlModes) expect(mode.text, mode.where).toMatch(/is not valid YAML: [a-z ]+ at line \d+, column \d+/);
  }, 180_000);
});
