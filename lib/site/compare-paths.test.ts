import { describe, expect, it } from 'vitest';
import { compareResourcePath, parseRange, parseResourceSegments } from './compare-paths';

describe('comparison paths', () => {
  it('round-trips ranges and resource paths', () => {
    expect(parseRange('kubernetes-1.28...kubernetes-1.36')).toEqual({ from: 'kubernetes-1.28', to: 'kubernetes-1.36' });
    expect(parseRange('a..b')).toBeUndefined();
    expect(parseRange('...b')).toBeUndefined();
    expect(parseRange('a...b...c')).toBeUndefined();
    expect(compareResourcePath('a', 'b', { group: '', version: 'v1', name: 'pods' })).toBe('/compare/a...b/api/v1/pods');
    expect(compareResourcePath('a', 'b', { group: 'apps', version: 'v1', name: 'deployments' })).toBe('/compare/a...b/apis/apps/v1/deployments');
    expect(parseResourceSegments(['apis', 'apps', 'v1', 'deployments'])).toEqual({ group: 'apps', version: 'v1', name: 'deployments' });
    expect(parseResourceSegments(['api', 'v1', 'pods'])).toEqual({ group: '', version: 'v1', name: 'pods' });
    expect(parseResourceSegments(['apis', 'apps'])).toBeUndefined();
  });
});
