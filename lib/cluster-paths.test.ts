import { describe, expect, it } from 'vitest';
import { clusterPath, splitClusterPath } from './cluster-paths';

describe('cluster paths', () => {
  it('keeps the primary unprefixed and puts other clusters under /c/NAME', () => {
    expect(clusterPath('kubernetes-1.36', '/apis/apps/v1/deployments', 'kubernetes-1.36')).toBe('/apis/apps/v1/deployments');
    expect(clusterPath('staging', '/apis/apps/v1/deployments#spec.replicas', 'prod')).toBe('/c/staging/apis/apps/v1/deployments#spec.replicas');
    expect(clusterPath('staging', '/', 'prod')).toBe('/c/staging');
    expect(clusterPath('127.0.0.1:8001', '/api/v1', 'prod')).toBe('/c/127.0.0.1%3A8001/api/v1');
  });

  it('reads the cluster and the page back from a pathname, trailing slashes (the export) or not', () => {
    expect(splitClusterPath('/c/staging/apis/apps/')).toEqual({ cluster: 'staging', path: '/apis/apps' });
    expect(splitClusterPath('/c/staging')).toEqual({ cluster: 'staging', path: '/' });
    expect(splitClusterPath('/c/staging/')).toEqual({ cluster: 'staging', path: '/' });
    expect(splitClusterPath('/c/127.0.0.1%3A8001/api/v1')).toEqual({ cluster: '127.0.0.1:8001', path: '/api/v1' });
    expect(splitClusterPath('/c/%zz/api')).toEqual({ cluster: '%zz', path: '/api' });
    expect(splitClusterPath('/apis/apps/v1')).toEqual({ path: '/apis/apps/v1' });
    expect(splitClusterPath('')).toEqual({ path: '/' });
  });
});
