import path from 'node:path';
import { AtlasError } from './errors';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './kube/size-limits';

/**
 * Settings read from the environment: the one place the app reads
 * `process.env`. Documented in the README ("Configuration" and "Live
 * clusters"); nothing here is ever sent to the browser.
 */
export interface AtlasConfig {
  /** Snapshot directory: `ATLAS_SNAPSHOT`, default the embedded Kubernetes 1.36 snapshot. */
  snapshotDir: string;
  /** True while `npm run export` builds the static site. */
  staticExport: boolean;
  /**
   * The configured sources, primary first, then those to compare with
   * (`ATLAS_SOURCES`). Each has its own name.
   */
  sources: SourceConfig[];
  /**
   * When `ATLAS_SOURCES` is not set: also offer every snapshot directory in
   * this folder (the embedded `snapshots/`) for comparison.
   */
  snapshotsRoot?: string;
  /** Caching, timeouts and retries of live sources. */
  live: LiveSettings;
  /**
   * At most this many clusters besides the primary keep their loaded model
   * (`ATLAS_LOADED_CLUSTERS`, default 4); others load again when next used.
   */
  loadedClusters: number;
  /**
   * What the OpenAPI tab's "Try it out" may send to a live cluster through
   * the site's server (`ATLAS_TRY_IT`): `off` (default), `read` (get, list,
   * watch) or `write` (also create, update, patch, delete). It acts with the
   * site's identity, so it is opt-in. Snapshots and static exports never have it.
   */
  tryIt: TryItMode;
}

export type TryItMode = 'off' | 'read' | 'write';
const TRY_IT_MODES: readonly TryItMode[] = ['off', 'read', 'write'];

/** Where one source's documents come from. */
export type SourceConfig =
  | { kind: 'snapshot'; name: string; directory: string }
  /** CRD manifests under `directory` installed on the snapshot `base` (`crds:DIR`, `ATLAS_CRDS`). */
  | { kind: 'crds'; name: string; directory: string; base: string }
  | {
      kind: 'kubeconfig';
      name: string;
      /** `ATLAS_KUBECONFIG`; undefined means KUBECONFIG or ~/.kube/config, as kubectl finds it. */
      file?: string;
      /** `ATLAS_CONTEXT`; undefined means the kubeconfig's current-context. */
      context?: string;
    }
  | { kind: 'in-cluster'; name: string }
  | { kind: 'url'; name: string; url: string };

export interface LiveSettings {
  /** How often cached documents are revalidated with the server (`ATLAS_REFRESH_SECONDS`, default 30). */
  refreshSeconds: number;
  /** Per-request timeout (`ATLAS_TIMEOUT_SECONDS`, default 10). */
  timeoutSeconds: number;
  /** Retries after a dropped connection or a 429/5xx with Retry-After (`ATLAS_RETRIES`, default 3). */
  retries: number;
  /** How long an exec credential plugin may run before it is killed (`ATLAS_EXEC_TIMEOUT_SECONDS`, default 30). */
  execTimeoutSeconds?: number;
  /** Largest document read from a server, raw and decompressed (`ATLAS_MAX_OPENAPI_MB`, `ATLAS_MAX_DOCUMENT_MB`). */
  limits?: DocumentLimits;
}

/** The environment, as read: any string map (process.env, or a test's own). */
export type Environment = Readonly<Record<string, string | undefined>>;

export const DEFAULT_SNAPSHOT = 'snapshots/kubernetes-1.36';

const MiB = 1024 * 1024;

function positiveNumber(env: Environment, name: string, fallback: number, { allowZero = false } = {}): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new AtlasError(
      `environment variable ${name}`,
      `must be a ${allowZero ? 'non-negative' : 'positive'} number of seconds or a count, got ${JSON.stringify(raw)}`,
    );
  }
  return value;
}

/** `http://127.0.0.1:8001/` → `127.0.0.1:8001`: a short name for a URL source. */
function hostName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    throw new AtlasError('environment variable ATLAS_SERVER_URL', `is not a URL: ${JSON.stringify(url)}`);
  }
}

/**
 * A `crds:DIR` source: the CRD manifests under `dir` installed on the
 * snapshot `base`. Named after the folder unless `name` is given.
 */
function crdsSource(dir: string, base: string, name?: string): SourceConfig {
  const directory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
  return { kind: 'crds', name: name ?? path.basename(directory), directory, base };
}

/**
 * Picks the primary source. Exactly one way of connecting may be set:
 * `ATLAS_SERVER_URL` (a plain URL such as kubectl proxy's), `ATLAS_IN_CLUSTER=1`
 * (the pod's service account), or a kubeconfig (`ATLAS_KUBECONFIG` and/or
 * `ATLAS_CONTEXT`, or `ATLAS_SOURCE=kubeconfig` for KUBECONFIG / ~/.kube/config).
 * With none, the snapshot (`ATLAS_SNAPSHOT`, default the embedded one) is served:
 * a KUBECONFIG in the environment alone never switches the site to a live cluster.
 */
function primarySource(env: Environment, snapshotDir: string, staticExport: boolean): SourceConfig {
  const snapshot: SourceConfig = env.ATLAS_CRDS
    ? crdsSource(env.ATLAS_CRDS, snapshotDir)
    : { kind: 'snapshot', name: path.basename(snapshotDir), directory: snapshotDir };
  // A static export is built from a snapshot (record a live cluster first: npm run record).
  if (staticExport) return snapshot;
  const explicit = env.ATLAS_SOURCE;
  if (explicit && !['snapshot', 'kubeconfig', 'in-cluster', 'url'].includes(explicit)) {
    throw new AtlasError('environment variable ATLAS_SOURCE', `must be snapshot, kubeconfig, in-cluster or url, got ${JSON.stringify(explicit)}`);
  }
  const chosen: SourceConfig[] = [];
  if (env.ATLAS_SERVER_URL || explicit === 'url') {
    const url = env.ATLAS_SERVER_URL;
    if (!url) throw new AtlasError('environment variable ATLAS_SERVER_URL', 'must be set when ATLAS_SOURCE=url');
    chosen.push({ kind: 'url', name: hostName(url), url });
  }
  if (env.ATLAS_IN_CLUSTER === '1' || explicit === 'in-cluster') chosen.push({ kind: 'in-cluster', name: 'in-cluster' });
  if (env.ATLAS_KUBECONFIG || env.ATLAS_CONTEXT || explicit === 'kubeconfig') {
    chosen.push({
      kind: 'kubeconfig',
      name: env.ATLAS_CONTEXT || 'current-context',
      ...(env.ATLAS_KUBECONFIG ? { file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ATLAS_KUBECONFIG) } : {}),
      ...(env.ATLAS_CONTEXT ? { context: env.ATLAS_CONTEXT } : {}),
    });
  }
  if (chosen.length > 0 && env.ATLAS_CRDS) {
    throw new AtlasError(
      'environment',
      `ATLAS_CRDS installs CRDs on a snapshot, so it cannot be combined with a live source (${chosen[0]!.kind}); use ATLAS_SOURCES=crds:DIR to show both`,
    );
  }
  if (chosen.length > 1) {
    throw new AtlasError(
      'environment',
      `more than one live source is configured (${chosen.map((s) => s.kind).join(', ')}); set only one of ATLAS_SERVER_URL, ATLAS_IN_CLUSTER, ATLAS_KUBECONFIG/ATLAS_CONTEXT`,
    );
  }
  return chosen[0] ?? snapshot;
}

function tryItMode(env: Environment): TryItMode {
  const raw = env.ATLAS_TRY_IT;
  // Off unless asked for: requests go out with the site's credentials, not the visitor's.
  if (raw === undefined || raw === '') return 'off';
  if (!(TRY_IT_MODES as readonly string[]).includes(raw)) {
    throw new AtlasError('environment variable ATLAS_TRY_IT', `must be off, read or write, got ${JSON.stringify(raw)}`);
  }
  return raw as TryItMode;
}

/**
 * `ATLAS_SOURCES`: the sources to compare with, comma-separated, each
 * `NAME=SPEC` or just `SPEC`, where SPEC is a snapshot directory
 * (`snapshot:DIR` or a bare path), `url:URL`, `kubeconfig:CONTEXT`
 * (from ATLAS_KUBECONFIG or kubectl's default kubeconfig), or `crds:DIR`
 * (CRD manifests installed on `ATLAS_CRDS_BASE`, default the embedded
 * snapshot). A static export compares snapshots and CRD folders only, as it
 * is built from files.
 */
export function parseExtraSources(raw: string, env: Environment, staticExport: boolean): SourceConfig[] {
  const where = 'environment variable ATLAS_SOURCES';
  const sources: SourceConfig[] = [];
  for (const entry of raw
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const eq = entry.indexOf('=');
    const named = eq > 0 && !entry.slice(0, eq).includes(':') && !entry.slice(0, eq).includes('/');
    const name = named ? entry.slice(0, eq) : undefined;
    const spec = named ? entry.slice(eq + 1) : entry;
    if (spec.startsWith('crds:')) {
      const dir = spec.slice('crds:'.length);
      if (!dir) throw new AtlasError(where, `"${entry}" names no CRD directory (crds:DIR)`);
      // Installed on ATLAS_CRDS_BASE, or on the embedded snapshot: a CRD folder alone has no built-in kinds.
      const base = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ATLAS_CRDS_BASE || DEFAULT_SNAPSHOT);
      sources.push(crdsSource(dir, base, name));
    } else if (spec.startsWith('url:')) {
      if (staticExport) continue;
      const url = spec.slice('url:'.length);
      sources.push({ kind: 'url', name: name ?? hostName(url), url });
    } else if (spec.startsWith('kubeconfig:')) {
      if (staticExport) continue;
      const context = spec.slice('kubeconfig:'.length);
      if (!context) throw new AtlasError(where, `"${entry}" names no context (kubeconfig:CONTEXT)`);
      sources.push({
        kind: 'kubeconfig',
        name: name ?? context,
        context,
        ...(env.ATLAS_KUBECONFIG ? { file: path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ATLAS_KUBECONFIG) } : {}),
      });
    } else {
      const dir = spec.startsWith('snapshot:') ? spec.slice('snapshot:'.length) : spec;
      if (!dir) throw new AtlasError(where, `"${entry}" names no snapshot directory`);
      const directory = path.resolve(/*turbopackIgnore: true*/ process.cwd(), dir);
      sources.push({ kind: 'snapshot', name: name ?? path.basename(directory), directory });
    }
  }
  return sources;
}

export function readConfig(env: Environment = process.env): AtlasConfig {
  // The snapshot is chosen at run time, not bundled: keep the bundler from tracing it.
  const snapshotDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), env.ATLAS_SNAPSHOT || DEFAULT_SNAPSHOT);
  const staticExport = env.ATLAS_EXPORT === '1';
  return {
    snapshotDir,
    staticExport,
    sources: [
      primarySource(env, snapshotDir, staticExport),
      ...(env.ATLAS_SOURCES !== undefined ? parseExtraSources(env.ATLAS_SOURCES, env, staticExport) : []),
    ],
    ...(env.ATLAS_SOURCES === undefined ? { snapshotsRoot: path.resolve(/*turbopackIgnore: true*/ process.cwd(), 'snapshots') } : {}),
    live: {
      refreshSeconds: positiveNumber(env, 'ATLAS_REFRESH_SECONDS', 30, { allowZero: true }),
      timeoutSeconds: positiveNumber(env, 'ATLAS_TIMEOUT_SECONDS', 10),
      retries: positiveNumber(env, 'ATLAS_RETRIES', 3, { allowZero: true }),
      execTimeoutSeconds: positiveNumber(env, 'ATLAS_EXEC_TIMEOUT_SECONDS', 30),
      limits: {
        openapiBytes: positiveNumber(env, 'ATLAS_MAX_OPENAPI_MB', DEFAULT_DOCUMENT_LIMITS.openapiBytes / MiB) * MiB,
        documentBytes: positiveNumber(env, 'ATLAS_MAX_DOCUMENT_MB', DEFAULT_DOCUMENT_LIMITS.documentBytes / MiB) * MiB,
      },
    },
    loadedClusters: Math.floor(positiveNumber(env, 'ATLAS_LOADED_CLUSTERS', 4)),
    tryIt: tryItMode(env),
  };
}

/** How the server itself is exposed: read by the start script, the proxy and the health routes. */
export interface ServingConfig {
  /** Address `npm start` and the image listen on (`ATLAS_LISTEN_HOST`): loopback unless told otherwise. */
  listenHost: string;
  /**
   * Host names (optionally `name:port`) requests may be addressed to
   * (`ATLAS_ALLOWED_HOSTS`, comma-separated; `*` for any). Default: the
   * loopback names when listening on loopback, any host otherwise. Stops DNS
   * rebinding: a page of an attacker's domain resolving to the site's address.
   */
  allowedHosts: string[] | 'any';
  /** Try it out requests per minute per client (`ATLAS_TRY_IT_PER_MINUTE`, default 60, bursts of 20). */
  tryItPerMinute: number;
  /** `ATLAS_LOG_FORMAT=json`: one JSON object per log line. */
  logFormat: 'text' | 'json';
}

export const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** True for the addresses and names of the loopback interface. */
export function isLoopback(host: string): boolean {
  const name = host.toLowerCase();
  return name === 'localhost' || name === '::1' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

export function readServingConfig(env: Environment = process.env): ServingConfig {
  const listenHost = env.ATLAS_LISTEN_HOST || '127.0.0.1';
  const hosts = (env.ATLAS_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  const format = env.ATLAS_LOG_FORMAT || 'text';
  if (format !== 'text' && format !== 'json') {
    throw new AtlasError('environment variable ATLAS_LOG_FORMAT', `must be text or json, got ${JSON.stringify(format)}`);
  }
  return {
    listenHost,
    allowedHosts: hosts.includes('*') ? 'any' : hosts.length > 0 ? hosts : isLoopback(listenHost) ? LOOPBACK_HOSTS : 'any',
    tryItPerMinute: positiveNumber(env, 'ATLAS_TRY_IT_PER_MINUTE', 60),
    logFormat: format,
  };
}

/**
 * The process environment, for the few readers that need variables other tools
 * own or the environment whole: kubectl's `KUBECONFIG`, the pod's
 * `KUBERNETES_SERVICE_HOST`/`PORT`, and what an exec credential plugin
 * inherits (as kubectl passes it). Site settings go through readConfig().
 */
export function processEnvironment(): NodeJS.ProcessEnv {
  return process.env;
}

/** The file scripts/export.mjs collects skipped pages in (`ATLAS_EXPORT_SKIPPED`), while exporting. */
export function exportSkippedFile(env: Environment = process.env): string | undefined {
  return env.ATLAS_EXPORT_SKIPPED || undefined;
}

/** The build's id (next.config.js sets `ATLAS_BUILD_ID` at build time): part of the ETag of immutable pages. */
export function buildId(env: Environment = process.env): string {
  return env.ATLAS_BUILD_ID ?? 'dev';
}
