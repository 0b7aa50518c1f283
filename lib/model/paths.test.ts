import { describe, expect, it } from 'vitest';
import { groupVersionName, groupVersionPath, parseApiPath } from './paths';

describe('API paths', () => {
  it('reads namespaced, named and subresource paths', () => {
    expect(parseApiPath('/apis/apps/v1/namespaces/{namespace}/deployments/{name}/scale')).toEqual({
      type: 'resource',
      value: { group: 'apps', version: 'v1', resource: 'deployments', subresource: 'scale', named: true, namespaced: true, watch: false },
    });
    expect(parseApiPath('/api/v1/nodes')).toEqual({
      type: 'resource',
      value: { group: '', version: 'v1', resource: 'nodes', named: false, namespaced: false, watch: false },
    });
  });

  it('tells the namespaces resource from the namespace prefix', () => {
    expect(parseApiPath('/api/v1/namespaces/{name}/finalize')).toMatchObject({
      value: { resource: 'namespaces', subresource: 'finalize', namespaced: false },
    });
    expect(parseApiPath('/api/v1/namespaces')).toMatchObject({ value: { resource: 'namespaces', namespaced: false } });
  });

  it('reads the deprecated watch paths', () => {
    expect(parseApiPath('/apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}')).toMatchObject({
      value: { resource: 'deployments', named: true, namespaced: true, watch: true },
    });
  });

  it('knows discovery and other paths', () => {
    expect(parseApiPath('/apis/apps/v1/')).toEqual({ type: 'discovery', group: 'apps', version: 'v1' });
    expect(parseApiPath('/apis/')).toEqual({ type: 'discovery' });
    expect(parseApiPath('/api/')).toEqual({ type: 'discovery' });
    expect(parseApiPath('/version/')).toEqual({ type: 'other' });
    expect(parseApiPath('/logs/{logpath}')).toEqual({ type: 'other' });
  });

  it('names group-versions the way apiVersion does', () => {
    expect(groupVersionName('', 'v1')).toBe('v1');
    expect(groupVersionName('apps', 'v1')).toBe('apps/v1');
    expect(groupVersionPath('', 'v1')).toBe('/api/v1');
    expect(groupVersionPath('apps', 'v1')).toBe('/apis/apps/v1');
  });
});
