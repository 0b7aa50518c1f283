import { describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { diffFields, diffModels } from './diff';

describe('diff of Kubernetes 1.28 → 1.36', () => {
  it('finds resources 1.36 serves that 1.28 did not', async () => {
    const diff = diffModels(await embeddedModel128(), await embeddedModel());
    const added = diff.resourcesAdded.map((r) => `${r.groupVersion} ${r.name}`);
    expect(added).toEqual(
      expect.arrayContaining([
        'resource.k8s.io/v1 resourceclaims',
        'resource.k8s.io/v1 deviceclasses',
        'networking.k8s.io/v1 servicecidrs',
        'storage.k8s.io/v1 volumeattributesclasses',
        'flowcontrol.apiserver.k8s.io/v1 flowschemas',
      ]),
    );
    expect(added).not.toContain('apps/v1 deployments');
  });

  it('finds removed group-versions, and says what to use instead', async () => {
    const diff = diffModels(await embeddedModel128(), await embeddedModel());
    expect(diff.groupVersionsRemoved.map((g) => g.groupVersion)).toEqual([
      'authentication.k8s.io/v1beta1',
      'authentication.k8s.io/v1alpha1',
      'flowcontrol.apiserver.k8s.io/v1beta3',
      'flowcontrol.apiserver.k8s.io/v1beta2',
      'networking.k8s.io/v1alpha1',
      'resource.k8s.io/v1alpha2',
    ]);
    const flowschemas = diff.resourcesRemoved.find((r) => r.groupVersion === 'flowcontrol.apiserver.k8s.io/v1beta3' && r.name === 'flowschemas')!;
    expect(flowschemas.replacement).toMatchObject({
      groupVersion: 'flowcontrol.apiserver.k8s.io/v1',
      name: 'flowschemas',
    });
    expect(diff.resourcesRemoved.find((r) => r.name === 'podschedulingcontexts')!.replacement).toBeUndefined();
  });

  it('finds fields added to long-standing kinds', async () => {
    const diff = diffModels(await embeddedModel128(), await embeddedModel());
    const changes = (gv: string, name: string) => diff.resourcesChanged.find((r) => r.to.groupVersion === gv && r.to.name === name)!.fields;
    expect(changes('apps/v1', 'deployments')).toContainEqual(expect.objectContaining({ path: 'status.terminatingReplicas', change: 'added' }));
    expect(changes('batch/v1', 'jobs')).toContainEqual(expect.objectContaining({ path: 'spec.managedBy', change: 'added' }));
    expect(changes('v1', 'services')).toContainEqual(expect.objectContaining({ path: 'spec.trafficDistribution', change: 'added' }));
    expect(changes('v1', 'persistentvolumeclaims')).toContainEqual(
      expect.objectContaining({
        path: 'spec.resources',
        change: 'changed',
        details: expect.arrayContaining(['type ResourceRequirements → VolumeResourceRequirements']),
      }),
    );
    expect(changes('apps/v1', 'statefulsets')).toContainEqual(
      expect.objectContaining({ path: 'spec.serviceName', details: expect.arrayContaining(['no longer required']) }),
    );
  });

  it('sees a subresource added to pods', async () => {
    const diff = diffModels(await embeddedModel128(), await embeddedModel());
    expect(diff.resourcesChanged.find((r) => r.to.name === 'pods')!.subresourcesAdded).toEqual(['resize']);
  });

  it('is deterministic and ordered: core first, then groups by name, versions by priority', async () => {
    const [a, b] = [await embeddedModel128(), await embeddedModel()];
    expect(JSON.stringify(diffModels(a, b))).toBe(JSON.stringify(diffModels(a, b)));
    const order = diffModels(a, b).resourcesChanged.map((r) => r.to.groupVersion);
    expect(order[0]).toBe('v1');
    expect(order.indexOf('autoscaling/v2')).toBeLessThan(order.indexOf('autoscaling/v1'));
  });

  it('finds nothing between a model and itself', async () => {
    const model = await embeddedModel();
    const diff = diffModels(model, model);
    expect(
      [diff.groupVersionsAdded, diff.groupVersionsRemoved, diff.resourcesAdded, diff.resourcesRemoved, diff.resourcesChanged].every(
        (l) => l.length === 0,
      ),
    ).toBe(true);
    expect(diff.resourcesUnchanged).toBe(96);
  });
});

describe('field diffs', () => {
  it('names each kind of change', () => {
    const before = new Map([
      ['a', { type: 'string', required: false }],
      ['b', { type: 'string', required: false, enum: ['X', 'Y'] }],
      ['gone', { type: 'integer', required: true }],
    ]);
    const after = new Map([
      ['a', { type: 'integer', required: true, description: 'now documented' }],
      ['b', { type: 'string', required: false, enum: ['X', 'Z'] }],
      ['new', { type: 'boolean', required: false }],
    ]);
    expect(diffFields(before, after)).toEqual([
      {
        path: 'a',
        change: 'changed',
        details: ['type string → integer', 'now required', 'description'],
        before: before.get('a'),
        after: after.get('a'),
      },
      { path: 'b', change: 'changed', details: ['enum +Z −Y'], before: before.get('b'), after: after.get('b') },
      { path: 'gone', change: 'removed', details: [], before: before.get('gone') },
      { path: 'new', change: 'added', details: [], after: after.get('new') },
    ]);
  });
});
