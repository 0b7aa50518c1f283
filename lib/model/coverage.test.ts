import { describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { coverage } from './coverage';
import type { ApiModel } from './types';

/** A copy of the 1.36 model as a cluster that turned some APIs off and added a CRD group. */
function customCluster(upstream: ApiModel): ApiModel {
  const copy = structuredClone(upstream);
  copy.groups = copy.groups
    .map((g) => ({ ...g, versions: g.versions.filter((v) => v.stability !== 'alpha' && v.groupVersion !== 'storage.k8s.io/v1beta1') }))
    .filter((g) => g.versions.length > 0);
  const extra = structuredClone(copy.groups.find((g) => g.name === 'batch')!);
  extra.name = 'cert-manager.io';
  extra.displayName = 'cert-manager.io';
  extra.versions = extra.versions.map((v) => ({
    ...v,
    group: 'cert-manager.io',
    groupVersion: 'cert-manager.io/v1',
    path: '/apis/cert-manager.io/v1',
  }));
  copy.groups.push(extra);
  return copy;
}

describe('what a cluster serves compared with upstream', () => {
  it('lists the upstream group-versions it does not serve, with why and how to enable them', async () => {
    const upstream = await embeddedModel();
    const result = coverage(customCluster(upstream), upstream);
    expect(result.missing.map((m) => m.groupVersion)).toEqual(
      expect.arrayContaining(['storage.k8s.io/v1beta1', 'certificates.k8s.io/v1alpha1', 'resource.k8s.io/v1alpha3']),
    );
    expect(result.missing.find((m) => m.groupVersion === 'resource.k8s.io/v1alpha3')).toMatchObject({
      reason: expect.stringMatching(/^Alpha: off by default/),
      enableWith: '--runtime-config=resource.k8s.io/v1alpha3=true',
    });
    expect(result.missing.find((m) => m.groupVersion === 'storage.k8s.io/v1beta1')!.reason).toMatch(/^Beta/);
  });

  it('lists the groups it adds', async () => {
    const upstream = await embeddedModel();
    expect(coverage(customCluster(upstream), upstream).extra).toEqual([
      expect.objectContaining({
        group: 'cert-manager.io',
        knownGroup: false,
        versions: [expect.objectContaining({ groupVersion: 'cert-manager.io/v1' })],
      }),
    ]);
  });

  it('finds nothing missing or extra for the reference itself', async () => {
    const upstream = await embeddedModel();
    expect(coverage(upstream, upstream)).toEqual({ missing: [], extra: [] });
  });
});
