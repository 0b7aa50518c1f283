/**
 * Conditional requests for sources that never change while the process
 * runs. Snapshot pages are the same for every request of one build serving
 * one configuration, so they get an ETag of (build, configuration, process
 * start) and `no-cache`: browsers revalidate and get a 304 without the page
 * being rendered again. A restart changes the ETag, as a snapshot directory
 * may have been replaced. Pages of live sources are not cacheable here.
 */
import { createHash } from 'node:crypto';
import type { AtlasConfig } from '../config';

/** The ETag of every page while `config` is served by this process, or undefined when a source is live. */
export function immutableETag(config: AtlasConfig, buildId: string, processStart: number): string | undefined {
  if (config.sources.some((source) => source.kind !== 'snapshot' && source.kind !== 'crds')) return undefined;
  const digest = createHash('sha256')
    .update(JSON.stringify([buildId, processStart, config.sources, config.snapshotsRoot ?? '', config.tryIt]))
    .digest('base64url')
    .slice(0, 27);
  return `W/"${digest}"`;
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, as for GET). */
export function matchesETag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}
