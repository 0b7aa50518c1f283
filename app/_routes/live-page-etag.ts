import type { HeaderClusters } from '@/components/layout/SiteHeader';
import { buildId, readConfig } from '@/lib/config';
import { liveETag } from '@/lib/security/page-cache';
import { getPool, getRegistry, type SourceStatus } from '@/lib/sources';
import { healthOf } from '@/lib/sources/health';
import { configuredSources } from '@/lib/sources/registry';

/** Every cluster for the header's switcher, as far as known now: nothing is loaded for it. */
export function headerClusters(primary: SourceStatus): HeaderClusters {
  const pool = getPool();
  return {
    primary: pool.primaryName,
    clusters: pool.names().map((name) => ({ name, health: name === primary.name ? healthOf(primary) : pool.known(name).health })),
  };
}

/**
 * The ETag of a page of a live primary source (lib/security/page-cache.ts
 * liveETag), or undefined when the page cannot be named by it: no model,
 * or another configured cluster is live too, whose documents (shown in a
 * page's served-where view) can change without the primary's.
 */
export function livePageETag(status: SourceStatus, clusters: HeaderClusters): string | undefined {
  if (status.kind !== 'live' || !status.model || !status.documentsDigest) return undefined;
  const config = readConfig();
  if (configuredSources(config).some((source) => source.name !== status.name && source.kind !== 'snapshot')) return undefined;
  return liveETag({
    buildId: buildId(),
    source: status.name,
    documentsDigest: status.documentsDigest,
    ...(status.stale ? { stale: { since: status.stale.since, reason: status.stale.reason } } : {}),
    clusters: clusters.clusters.map((c) => ({ name: c.name, state: c.health.state, ...(c.health.detail ? { detail: c.health.detail } : {}) })),
    tryIt: config.tryIt,
  });
}

const LIVE_PAGE_ETAG = Symbol.for('kube-api-atlas.live-page-etag-now');

/**
 * Lets scripts/page-cache.cjs ask, before rendering, which ETag a page of
 * the primary would get now: it sends its copy of a live page only when
 * that is the ETag the copy was rendered under. Undefined (render) with
 * Try it out's writes, whose pages give each visitor a CSRF cookie.
 */
export function registerLivePageETag(): void {
  const holder = globalThis as { [LIVE_PAGE_ETAG]?: () => Promise<string | undefined> };
  holder[LIVE_PAGE_ETAG] ??= async () => {
    if (readConfig().tryIt === 'write') return undefined;
    const status = await getRegistry().primary().status();
    return livePageETag(status, headerClusters(status));
  };
}
