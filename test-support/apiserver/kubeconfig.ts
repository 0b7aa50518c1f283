/**
 * Writes kubeconfig files pointing at the kube-apiserver double, one per
 * auth method kubectl users have: CA data + bearer token, token file,
 * client certificate, exec credential plugin, insecure-skip-tls-verify.
 */
import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { base64, type TestPki } from './certs';

export type KubeconfigUser =
  | { token: string }
  | { tokenFile: string }
  | { clientCertificate: true }
  | { exec: { command: string; args?: string[]; env?: Array<{ name: string; value: string }> } }
  | Record<string, never>;

export interface KubeconfigOptions {
  server: string;
  pki?: TestPki;
  /** Trust: the CA as data (default), as a file path, or none with insecure-skip-tls-verify. */
  trust?: 'ca-data' | { caFile: string } | 'insecure' | 'system';
  user: KubeconfigUser;
  context?: string;
  userName?: string;
}

/** Writes a kubeconfig with one cluster, user and context (the current one) and returns its path. */
export async function writeKubeconfig(file: string, options: KubeconfigOptions): Promise<string> {
  const context = options.context ?? 'double';
  const userName = options.userName ?? 'tester';
  const trust = options.trust ?? 'ca-data';
  const cluster: Record<string, unknown> = { server: options.server };
  if (trust === 'ca-data' && options.pki) cluster['certificate-authority-data'] = base64(options.pki.ca.cert);
  else if (trust === 'insecure') cluster['insecure-skip-tls-verify'] = true;
  else if (typeof trust === 'object') cluster['certificate-authority'] = trust.caFile;
  const user: Record<string, unknown> = {};
  if ('token' in options.user) user.token = options.user.token;
  if ('tokenFile' in options.user) user.tokenFile = options.user.tokenFile;
  if ('clientCertificate' in options.user && options.pki) {
    user['client-certificate-data'] = base64(options.pki.client.cert);
    user['client-key-data'] = base64(options.pki.client.key);
  }
  if ('exec' in options.user) user.exec = { apiVersion: 'client.authentication.k8s.io/v1', interactiveMode: 'Never', ...options.user.exec };
  const config = {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: `${context}-cluster`, cluster }],
    users: [{ name: userName, user }],
    contexts: [{ name: context, context: { cluster: `${context}-cluster`, user: userName } }],
    'current-context': context,
  };
  await writeFile(file, stringify(config), { mode: 0o600 });
  return file;
}

/**
 * Writes an exec credential plugin: a Node script printing an ExecCredential
 * with `token`, counting its runs in `countFile` (to prove credentials are cached).
 */
export async function writeExecPlugin(directory: string, token: string): Promise<{ command: string; countFile: string }> {
  const command = path.join(directory, 'credential-plugin.mjs');
  const countFile = path.join(directory, 'credential-plugin.count');
  const script = `#!${process.execPath}
import { appendFileSync } from 'node:fs';
appendFileSync(${JSON.stringify(countFile)}, 'x');
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: ${JSON.stringify(token)} } }));
`;
  await writeFile(command, script);
  await chmod(command, 0o755);
  return { command, countFile };
}
