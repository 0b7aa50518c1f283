import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { immutableETag, liveETag, matchesETag, type LivePageVersion } from './page-cache';

describe('page ETags of immutable sources', () => {
  it('gives snapshot-only configurations an ETag that changes with the build, the process and the configuration', () => {
    const snapshots = readConfig({});
    const etag = immutableETag(snapshots, 'build-1', 1)!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(immutableETag(snapshots, 'build-1', 1)).toBe(etag);
    expect(immutableETag(snapshots, 'build-2', 1)).not.toBe(etag);
    expect(immutableETag(snapshots, 'build-1', 2)).not.toBe(etag);
    expect(immutableETag(readConfig({ ATLAS_SNAPSHOT: 'snapshots/kubernetes-1.28' }), 'build-1', 1)).not.toBe(etag);
  });

  it('gives none when a source is live (those pages follow the cluster)', () => {
    expect(immutableETag(readConfig({ ATLAS_SERVER_URL: 'http://127.0.0.1:8001' }), 'b', 1)).toBeUndefined();
    expect(immutableETag(readConfig({ ATLAS_SOURCES: 'url:http://127.0.0.1:8001' }), 'b', 1)).toBeUndefined();
  });

  it('matches If-None-Match weakly, in lists and with *', () => {
    expect(matchesETag('W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesETag('"abc"', 'W/"abc"')).toBe(true);
    expect(matchesETag('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(matchesETag('*', 'W/"abc"')).toBe(true);
    expect(matchesETag('"abd"', 'W/"abc"')).toBe(false);
    expect(matchesETag(null, 'W/"abc"')).toBe(false);
  });
});

describe('page ETags of live pages', () => {
  const version: LivePageVersion = {
    buildId: 'b',
    source: 'prod',
    documentsDigest: 'd1',
    clusters: [{ name: 'prod', state: 'ok' }],
    tryIt: 'off',
  };
  it('changes with anything the page shows: documents, stale banner (since and why), cluster health, build, Try it out', () => {
    const etag = liveETag(version);
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    expect(liveETag({ ...version })).toBe(etag);
    const stale = liveETag({ ...version, stale: { since: 't', reason: 'ECONNREFUSED' } });
    for (const other of [
      { ...version, documentsDigest: 'd2' },
      { ...version, buildId: 'c' },
      { ...version, tryIt: 'read' },
      { ...version, clusters: [{ name: 'prod', state: 'ok', detail: 'one group-version not answering: x/v1' }] },
      { ...version, stale: { since: 't', reason: 'timed out' } },
    ])
      expect(liveETag(other)).not.toBe(etag);
    expect(stale).not.toBe(liveETag({ ...version, stale: { since: 't', reason: 'timed out' } }));
  });
});
