/**
 * Prometheus metrics of the server (`/metrics`), with prom-client on its
 * default registry, plus the HTTP guard's (scripts/http-guard.cjs: response
 * durations per route kind), which it leaves on globalThis.
 */
import { collectDefaultMetrics, Counter, Histogram, register, type Registry } from 'prom-client';

const DOCUMENT_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

interface Metrics {
  documentRequests: Counter<'source' | 'document' | 'outcome'>;
  documentSeconds: Histogram<'source' | 'document'>;
  revalidations: Counter<'source' | 'outcome'>;
}

/** One set per process, also when Next.js loads this module in more than one bundle. */
const KEY = Symbol.for('kube-api-atlas.metrics');
const holder = globalThis as typeof globalThis & { [KEY]?: Metrics };

function metrics(): Metrics {
  if (!holder[KEY]) {
    collectDefaultMetrics({ prefix: 'atlas_' });
    holder[KEY] = {
      documentRequests: new Counter({
        name: 'atlas_document_requests_total',
        help: 'Requests for API documents (discovery, OpenAPI, version) sent to a source, by outcome: ok, not_modified (304), http_error, failed (no answer)',
        labelNames: ['source', 'document', 'outcome'],
      }),
      documentSeconds: new Histogram({
        name: 'atlas_document_request_duration_seconds',
        help: 'Time to get one API document from a source',
        labelNames: ['source', 'document'],
        buckets: DOCUMENT_BUCKETS,
      }),
      revalidations: new Counter({
        name: 'atlas_source_revalidations_total',
        help: 'Revalidation rounds of a live source, by outcome: unchanged, changed, stale (the source failed; last good copy served)',
        labelNames: ['source', 'outcome'],
      }),
    };
  }
  return holder[KEY];
}

/** `/apis/apps/v1` → `discovery`; `/openapi/v2` → `openapi`; `/version` → `version`. */
export function documentKind(path: string): string {
  if (path.startsWith('/openapi/')) return 'openapi';
  if (path === '/version') return 'version';
  if (path === '/api' || path === '/apis' || path.startsWith('/api/') || path.startsWith('/apis/')) return 'discovery';
  return 'other';
}

export function observeDocument(source: string, path: string, outcome: 'ok' | 'not_modified' | 'http_error' | 'failed', seconds: number): void {
  const { documentRequests, documentSeconds } = metrics();
  const document = documentKind(path);
  documentRequests.inc({ source, document, outcome });
  documentSeconds.observe({ source, document }, seconds);
}

export function observeRevalidation(source: string, outcome: 'unchanged' | 'changed' | 'stale'): void {
  metrics().revalidations.inc({ source, outcome });
}

/** The HTTP guard's registry (scripts/http-guard.cjs), when the guard is loaded. */
const GUARD_REGISTRY = Symbol.for('kube-api-atlas.guard-registry');

/** The text exposition of every metric of the process: this registry's and the HTTP guard's. */
export async function metricsText(): Promise<{ contentType: string; body: string }> {
  metrics();
  const guard = (globalThis as Record<symbol, unknown>)[GUARD_REGISTRY] as Registry | undefined;
  // One copy of prom-client (next start): one registry. Two (the standalone build): two disjoint sets of metrics.
  const extra = guard && guard !== register ? await guard.metrics() : '';
  return { contentType: register.contentType, body: `${await register.metrics()}${extra ? `\n${extra}` : ''}` };
}
