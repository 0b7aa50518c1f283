import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../test-support/model';
import { allPagePaths } from './site/page-paths';
import { fieldViewFallback, nearestPaths } from './nearest';

describe('nearest page suggestions', () => {
  it('finds the page a typo meant', async () => {
    const paths = allPagePaths(await embeddedModel());
    expect(nearestPaths('/apis/apps/v1/deploymnets', paths)[0]).toBe('/apis/apps/v1/deployments');
    expect(nearestPaths('/api/v1/pod', paths)[0]).toBe('/api/v1/pods');
    expect(nearestPaths('/apis/apps/v2/deployments/', paths)[0]).toBe('/apis/apps/v1/deployments');
    expect(nearestPaths('/definitions/io.k8s.api.core.v1.PodSpek', paths)[0]).toBe('/definitions/io.k8s.api.core.v1.PodSpec');
  });

  it('suggests nothing for nonsense', async () => {
    const paths = allPagePaths(await embeddedModel());
    expect(nearestPaths('/zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', paths)).toEqual([]);
  });
});

describe('field views the export did not pre-render', () => {
  it('fall back to the deep link on the resource page', async () => {
    const paths = allPagePaths(await embeddedModel());
    expect(fieldViewFallback('/apis/apps/v1/deployments/fields/spec.template.spec.containers', paths)).toBe(
      '/apis/apps/v1/deployments#spec.template.spec.containers',
    );
    expect(fieldViewFallback('/api/v1/pods/fields/spec/', paths)).toBe('/api/v1/pods#spec');
    expect(fieldViewFallback('/apis/apps/v1/nothing/fields/spec', paths)).toBeUndefined();
    expect(fieldViewFallback('/apis/apps/v1/deployments', paths)).toBeUndefined();
  });
});
