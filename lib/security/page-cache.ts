/**
 * Conditional requests for sources that never change while the process
 * runs. Snapshot pages are the same for every request of one build serving
 * one configuration, so they get an ETag of (build, configuration, process
 * start) and `no-cache`: browsers revalidate and get a 304 without the page
 * being rendered again. A restart changes the ETag, as a snapshot directory
 * may have been replaced. Pages of live sources get an ETag of the documents
 * they were rendered from (liveETag), set after rendering.
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

/** What a live page shows that can change without a rebuild (see liveETag). */
export interface LivePageVersion {
  buildId: string;
  /** The primary source's name and the fingerprint of the documents its model was built from. */
  source: string;
  documentsDigest: string;
  /** Since when and why the page is a stale copy (its banner says both), if it is. */
  stale?: { since: string; reason: string };
  /** The header's clusters and their health, as shown. */
  clusters: ReadonlyArray<{ name: string; state: string; detail?: string }>;
  tryIt: string;
}

/**
 * The ETag of a live page: a digest of the documents it was rendered from
 * and of everything else on it that can change while the process runs (the
 * stale banner, the header's cluster health) or between processes of one
 * build (Try it out's setting). Any changed document changes it; the same
 * documents give the same ETag on every replica of the build.
 */
export function liveETag(version: LivePageVersion): string {
  const digest = createHash('sha256')
    .update(
      JSON.stringify([
        version.buildId,
        version.source,
        version.documentsDigest,
        version.stale ? [version.stale.since, version.stale.reason] : '',
        version.clusters.map((c) => [c.name, c.state, c.detail ?? '']),
        version.tryIt,
      ]),
    )
    .digest('base64url')
    .slice(0, 27);
  return `W/"${digest}"`;
}
