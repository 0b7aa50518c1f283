import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { servedIndexOf, type ServedIndex } from './served-index';
import { pathOnCluster, type SwitchTarget } from './switch-path';

let v136: ServedIndex;
let v128: ServedIndex;
let on128: SwitchTarget;
let on136: SwitchTarget;

beforeAll(async () => {
  const [m136, m128] = await Promise.all([embeddedModel(), embeddedModel128()]);
  v136 = servedIndexOf(m136);
  v128 = servedIndexOf(m128);
  on128 = { name: 'kubernetes-1.28', served: v128, hasDefinition: (name) => name in m128.definitions };
  on136 = { name: 'kubernetes-1.36', served: v136, hasDefinition: (name) => name in m136.definitions };
});

describe('the same page on another cluster', () => {
  it('keeps the path when the other cluster serves it', () => {
    for (const path of [
      '/',
      '/apis',
      '/api',
      '/api/v1',
      '/api/v1/pods',
      '/apis/apps/v1/deployments',
      '/apis/apps/v1/deployments/fields/spec.template.spec.containers',
      '/kinds/Deployment',
      '/definitions/io.k8s.api.core.v1.PodSpec',
      '/deprecations',
    ]) {
      expect(pathOnCluster(path, on128, v136), path).toEqual({ path, exact: true });
    }
  });

  it('offers the preferred served version when the version is not served, keeping a field as a deep link', () => {
    expect(pathOnCluster('/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas', on128, v136)).toEqual({
      path: '/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas',
      exact: false,
      note: 'flowcontrol.apiserver.k8s.io/v1 flowschemas is not served by kubernetes-1.28; nearest: flowcontrol.apiserver.k8s.io/v1beta3',
    });
    expect(pathOnCluster('/apis/flowcontrol.apiserver.k8s.io/v1beta2/flowschemas/fields/spec.rules', on136, v128)).toMatchObject({
      path: '/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas#spec.rules',
      exact: false,
    });
  });

  it('falls back to the group, then the home page, for group-versions and groups not served', () => {
    expect(pathOnCluster('/apis/resource.k8s.io/v1', on128, v136)).toEqual({
      path: '/apis/resource.k8s.io',
      exact: false,
      note: "resource.k8s.io/v1 is not served by kubernetes-1.28; nearest: the group's versions",
    });
    expect(pathOnCluster('/apis/storagemigration.k8s.io', on128, v136)).toMatchObject({ path: '/', exact: false });
    expect(pathOnCluster('/apis/storagemigration.k8s.io/v1beta1/storageversionmigrations', on128, v136)).toEqual({
      path: '/',
      exact: false,
      note: 'storagemigration.k8s.io/v1beta1 storageversionmigrations is not served by kubernetes-1.28; nearest: the home page',
    });
  });

  it('finds the kind under another group when its own group does not serve it', () => {
    const coreOnlyEvents: SwitchTarget = {
      name: 'events-only',
      served: { groupVersions: v136.groupVersions.filter((gv) => gv.group === 'events.k8s.io') },
    };
    expect(pathOnCluster('/api/v1/events', coreOnlyEvents, v136)).toEqual({
      path: '/apis/events.k8s.io/v1/events',
      exact: false,
      note: 'v1 events is not served by events-only; nearest: Event in events.k8s.io/v1',
    });
  });

  it('leads kinds and definitions the other cluster lacks to their lists', () => {
    expect(pathOnCluster('/kinds/ResourceSlice', on128, v136)).toMatchObject({ path: '/kinds', exact: false });
    expect(pathOnCluster('/definitions/io.k8s.api.resource.v1.ResourceSlice', on128, v136)).toEqual({
      path: '/definitions',
      exact: false,
      note: 'kubernetes-1.28 has no definition io.k8s.api.resource.v1.ResourceSlice; nearest: every definition',
    });
  });

  it('does not take malformed API paths for resources', () => {
    expect(pathOnCluster('/apis/apps/v1/deployments/status', on128, v136)).toEqual({ path: '/apis/apps/v1/deployments/status', exact: true });
  });
});
