import { describe, expect, it } from 'vitest';
import { clusterPrefixOf } from './cluster-paths';
import { inRequestCluster, requestCluster } from './request-cluster';

describe("links on another cluster's pages", () => {
  it('prefixes the pages of a cluster and leaves the shared pages, anchors and other sites alone', () => {
    const prefix = '/c/staging';
    expect(inRequestCluster('/apis/apps/v1/deployments#spec.replicas', prefix)).toBe('/c/staging/apis/apps/v1/deployments#spec.replicas');
    expect(inRequestCluster('/', prefix)).toBe('/c/staging');
    expect(inRequestCluster('/search-index.json', prefix)).toBe('/c/staging/search-index.json');
    expect(inRequestCluster('/openapi/v2/apis/apps/v1.json', prefix)).toBe('/c/staging/openapi/v2/apis/apps/v1.json');
    for (const shared of ['/compare', '/compare/a...b/apis/apps/v1/deployments', '/clusters', '/served?q=pod', '/clusters.json', '/c/prod/api']) {
      expect(inRequestCluster(shared, prefix)).toBe(shared);
    }
    expect(inRequestCluster('#spec', prefix)).toBe('#spec');
    expect(inRequestCluster('https://kubernetes.io/docs', prefix)).toBe('https://kubernetes.io/docs');
    expect(inRequestCluster('/apis/apps', '')).toBe('/apis/apps');
  });

  it('names no cluster outside a server render, so links stay unprefixed', () => {
    expect(requestCluster()).toEqual({ prefix: '' });
    expect(inRequestCluster('/apis/apps')).toBe('/apis/apps');
  });

  it('reads the prefix back from an address', () => {
    expect(clusterPrefixOf('/c/staging/apis/apps/')).toBe('/c/staging');
    expect(clusterPrefixOf('/c/staging')).toBe('/c/staging');
    expect(clusterPrefixOf('/apis/apps')).toBe('');
    expect(clusterPrefixOf('/compare')).toBe('');
  });
});
