import type { HeaderClusters } from '@/components/layout/SiteHeader';
import { buildId, readConfig } from '@/lib/config';
import { liveETag } from '@/lib/security/page-cache';
import type { SourceStatus } from '@/lib/sources';
import { configuredSources } from '@/lib/sources/registry';

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
