import { existsSync, readFileSync } from 'node:fs';
import type { RequestOptions } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { Cluster, KubeConfig, User } from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { processEnvironment, type Environment } from '../../config';
import { AtlasError, CredentialError, describeError } from '../../errors';
import { boundedExecAuthenticator, type CredentialAuthenticator } from './exec-credential';
import { removedAuthProviders } from './removed-auth-providers';
import type { LiveEndpoint } from './endpoint';

/**
 * Live endpoints configured the way kubectl is: a kubeconfig file (or the
 * in-cluster service account), loaded and applied by @kubernetes/client-node,
 * so client certificates, bearer tokens, token files, exec credential plugins,
 * certificate-authority(-data) and insecure-skip-tls-verify all behave as
 * kubectl users expect. The library is loaded only when a live source is used.
 */

/** How long an exec credential plugin may run by default (ATLAS_EXEC_TIMEOUT_SECONDS). */
export const DEFAULT_EXEC_TIMEOUT_SECONDS = 30;

/**
 * Puts the bounded exec plugin runner ahead of client-node's ExecAuth (and
 * the refusal of the removed gcp/azure providers ahead of theirs): the
 * KubeConfig asks its (private) list of authenticators in order and uses
 * the first that claims the user. exec-credential.test.ts fails if a
 * client-node upgrade bypasses this.
 */
function installBoundedExec(kc: KubeConfig, timeoutSeconds: number): void {
  const list = (kc as unknown as { authenticators?: CredentialAuthenticator[] }).authenticators;
  if (!Array.isArray(list)) throw new Error('@kubernetes/client-node: KubeConfig has no authenticators list to extend');
  list.unshift(boundedExecAuthenticator(timeoutSeconds), removedAuthProviders);
}

/** Credentials are re-applied at most this often (an exec plugin runs once per period, not per request). */
const CREDENTIAL_TTL_MS = 60_000;

async function loadClientNode(): Promise<typeof import('@kubernetes/client-node')> {
  return import('@kubernetes/client-node');
}

/** The kubeconfig files kubectl would read: $KUBECONFIG (path list) or ~/.kube/config. */
export function defaultKubeconfigFiles(env: Environment = processEnvironment()): string[] {
  if (env.KUBECONFIG) return env.KUBECONFIG.split(path.delimiter).filter(Boolean);
  return [path.join(os.homedir(), '.kube', 'config')];
}

/**
 * kubectl's `tokenFile` user field is re-read as the file rotates (projected
 * service account tokens); client-node 1.x ignores that spelling. Map it onto
 * client-node's token-file auth provider, which re-reads every minute.
 */
function applyTokenFiles(kc: KubeConfig, files: string[]): void {
  for (const file of files) {
    let raw: { users?: Array<{ name?: string; user?: Record<string, unknown> }> };
    try {
      raw = parseYaml(readFileSync(file, 'utf8')) ?? {};
    } catch {
      continue; // client-node already reported unreadable files
    }
    for (const entry of raw.users ?? []) {
      const tokenFile = entry.user?.tokenFile;
      const user = kc.users.find((u) => u.name === entry.name);
      if (typeof tokenFile !== 'string' || !user || user.token) continue;
      const absolute = path.resolve(path.dirname(file), tokenFile);
      Object.assign(user, { authProvider: { name: 'tokenFile', config: { tokenFile: absolute } } });
    }
  }
}

function describeTrust(cluster: Cluster, server: URL): string {
  if (server.protocol === 'http:') return 'none (plain HTTP)';
  if (cluster.skipTLSVerify) return `none: insecure-skip-tls-verify is set for cluster "${cluster.name}"`;
  if (cluster.caFile) return `certificate-authority ${cluster.caFile} of cluster "${cluster.name}"`;
  if (cluster.caData) return `certificate-authority-data of cluster "${cluster.name}"`;
  return "the system's trusted certificate authorities";
}

function describeUser(user: User | null): string {
  if (!user) return 'no user';
  const how = user.exec
    ? `exec plugin ${JSON.stringify((user.exec as { command?: string }).command ?? '?')}`
    : user.certData || user.certFile
      ? 'client certificate'
      : user.token
        ? 'bearer token'
        : user.authProvider
          ? `auth provider ${user.authProvider.name}`
          : user.username
            ? 'basic auth'
            : 'no credentials';
  return `user "${user.name}" (${how})`;
}

/**
 * A LiveEndpoint over a loaded KubeConfig whose current context is set.
 * `reload` reads the configuration again: after a 401 (refreshCredentials),
 * so a token corrected in the file is used without a restart. A file that
 * no longer loads (half written during a rotation) keeps the last good one.
 */
export function endpointFromKubeConfig(initial: KubeConfig, where: string, reload?: () => KubeConfig): LiveEndpoint {
  let kc = initial;
  const context = kc.getCurrentContext();
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new AtlasError(where, `context "${context}" names no cluster with a server URL`);
  let server: URL;
  try {
    server = new URL(cluster.server);
  } catch (cause) {
    throw new AtlasError(where, `cluster "${cluster.name}" has an invalid server URL`, { cause });
  }
  const user = kc.getCurrentUser();
  const identity = `context "${context}", ${describeUser(user)}`;
  // client-node refuses plain http:// unless TLS verification is off; over
  // plain HTTP there is nothing to verify, so say so (kubectl allows it too).
  const allowPlainHttp = (config: KubeConfig) => {
    const current = config.getCurrentCluster();
    if (server.protocol === 'http:' && current && !current.skipTLSVerify) {
      config.clusters = config.clusters.map((c) => (c.name === current.name ? { ...c, skipTLSVerify: true } : c));
    }
  };
  allowPlainHttp(kc);
  let cached: { at: number; options: Promise<Pick<RequestOptions, 'agent' | 'headers' | 'auth'>> } | undefined;
  return {
    server,
    identity,
    trust: describeTrust(cluster, server),
    requestOptions() {
      if (!cached || Date.now() - cached.at > CREDENTIAL_TTL_MS) {
        const options: RequestOptions = {};
        const applied = kc.applyToHTTPSOptions(options).then(
          () => ({ agent: options.agent, headers: options.headers, auth: options.auth }),
          (cause: unknown) => {
            cached = undefined;
            throw new CredentialError(
              `${where} (${identity})`,
              `could not get credentials: ${describeError(cause).trim() || 'the credential plugin failed'}`,
              { cause },
            );
          },
        );
        cached = { at: Date.now(), options: applied };
      }
      return cached.options;
    },
    refreshCredentials() {
      cached = undefined;
      if (!reload) return;
      try {
        const next = reload();
        allowPlainHttp(next);
        kc = next;
      } catch {
        // Keep the last good configuration; the file is read again after the next 401.
      }
    },
  };
}

interface YamlException {
  name: 'YAMLException';
  reason: string;
  mark?: { line: number; column: number };
}

function isYamlException(error: unknown): error is YamlException {
  return error instanceof Error && error.name === 'YAMLException' && typeof (error as { reason?: unknown }).reason === 'string';
}

/**
 * Why a kubeconfig did not load, without its content. js-yaml's message
 * quotes the lines around the error, and a few lines above a mis-indented
 * line there is usually a token or a key; the site shows and logs this
 * message, and re-reads a half-written file on every request. So a YAML
 * error is reported by kind and position only, and not kept as `cause`
 * (a logged cause would print the snippet all the same).
 */
export function kubeconfigLoadError(where: string, cause: unknown): AtlasError {
  if (isYamlException(cause)) {
    const at = cause.mark ? ` at line ${cause.mark.line + 1}, column ${cause.mark.column + 1}` : '';
    // Some reasons quote the input ("unknown tag !<...>", "unidentified alias \"...\""): keep the fixed words before it.
    const kind = cause.reason.split(/[:"!(]/)[0]!.trim() || 'syntax error';
    return new AtlasError(where, `is not valid YAML: ${kind}${at}`);
  }
  // client-node's own checks ("users[0].name is missing") and file errors name fields and paths, not values.
  return new AtlasError(where, `cannot be loaded: ${describeError(cause)}`, { cause });
}

/** Loads a kubeconfig (a file, or KUBECONFIG / ~/.kube/config) and picks `context` or the current one. */
export async function kubeconfigEndpoint(options: { file?: string; context?: string; execTimeoutSeconds?: number }): Promise<LiveEndpoint> {
  const { KubeConfig } = await loadClientNode();
  const files = options.file ? [options.file] : defaultKubeconfigFiles();
  const existing = files.filter((file) => existsSync(file));
  const where = `kubeconfig ${files.join(path.delimiter)}`;
  if (existing.length === 0) throw new AtlasError(where, 'no such file (set ATLAS_KUBECONFIG or KUBECONFIG to your kubeconfig)');
  const load = (): KubeConfig => {
    const kc = new KubeConfig();
    installBoundedExec(kc, options.execTimeoutSeconds ?? DEFAULT_EXEC_TIMEOUT_SECONDS);
    try {
      if (options.file) kc.loadFromFile(options.file);
      else kc.loadFromDefault({}, false);
    } catch (cause) {
      throw kubeconfigLoadError(where, cause);
    }
    applyTokenFiles(kc, existing);
    if (options.context) {
      if (!kc.getContextObject(options.context)) {
        const known = kc.getContexts().map((c) => c.name);
        throw new AtlasError(where, `has no context "${options.context}" (it has ${known.length ? known.map((n) => `"${n}"`).join(', ') : 'none'})`);
      }
      kc.setCurrentContext(options.context);
    }
    if (!kc.getCurrentContext()) throw new AtlasError(where, 'has no current-context; set ATLAS_CONTEXT');
    return kc;
  };
  return endpointFromKubeConfig(load(), where, load);
}

/**
 * The pod's service account: KUBERNETES_SERVICE_HOST/PORT, the mounted token
 * (re-read as it rotates) and CA. `root` prefixes the mount path (for tests).
 */
export async function inClusterEndpoint(root = ''): Promise<LiveEndpoint> {
  const { KubeConfig } = await loadClientNode();
  const where = 'in-cluster service account';
  const tokenFile = `${root}/var/run/secrets/kubernetes.io/serviceaccount/token`;
  const env = processEnvironment();
  if (!env.KUBERNETES_SERVICE_HOST || !env.KUBERNETES_SERVICE_PORT) {
    throw new AtlasError(where, 'KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set: is this running in a pod?');
  }
  if (!existsSync(tokenFile)) throw new AtlasError(where, `no service account token at ${tokenFile} (is automountServiceAccountToken off?)`);
  const kc = new KubeConfig();
  kc.loadFromCluster(root);
  return endpointFromKubeConfig(kc, where);
}
