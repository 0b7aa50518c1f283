import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { immutableETag, matchesETag } from './page-cache';

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
