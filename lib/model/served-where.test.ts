import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { matchesGvkFilter, servedEverywhere, servedGvks } from './served-gvks';
import { servedIndexOf, type ServedIndex } from './served-index';
import { servedElsewhere, servedElsewhereText, servedMatrix, type ClusterServed } from './served-where';

/**
 * Three clusters: the embedded 1.36 and 1.28 snapshots, and "dev", a small
 * cluster serving core v1 Pods and cert-manager's Certificate (v1) only, plus
 * "edge", which never loaded.
 */
const DEV: ServedIndex = {
  groupVersions: [
    { group: '', version: 'v1', preferred: true, resources: [{ name: 'pods', kind: 'Pod', deprecated: false }] },
    {
      group: 'cert-manager.io',
      version: 'v1',
      preferred: true,
      degraded: 'discovery marks this group-version stale',
      resources: [{ name: 'certificates', kind: 'Certificate', deprecated: false }],
    },
  ],
};

let clusters: ClusterServed[];

beforeAll(async () => {
  clusters = [
    { name: 'kubernetes-1.36', health: { state: 'ok' }, served: servedIndexOf(await embeddedModel()) },
    { name: 'kubernetes-1.28', health: { state: 'ok' }, served: servedIndexOf(await embeddedModel128()) },
    { name: 'dev', health: { state: 'stale', detail: 'since 10:00' }, served: DEV },
    { name: 'edge', health: { state: 'down', detail: 'connect ECONNREFUSED 127.0.0.1:1' } },
  ];
});

describe('the served index of a model', () => {
  it('keeps every group-version in discovery order with its resources, preferred and deprecated flags', async () => {
    const index = servedIndexOf(await embeddedModel128());
    const flowcontrol = index.groupVersions.filter((gv) => gv.group === 'flowcontrol.apiserver.k8s.io');
    // Upstream removed flowcontrol v1beta2 in 1.29 and v1beta3 in 1.32 (the migration guide's table).
    expect(flowcontrol.map((gv) => [gv.version, gv.preferred, gv.resources.map((r) => `${r.name}${r.deprecated ? ' (deprecated)' : ''}`)])).toEqual([
      ['v1beta3', true, ['flowschemas (deprecated)', 'prioritylevelconfigurations (deprecated)']],
      ['v1beta2', false, ['flowschemas (deprecated)', 'prioritylevelconfigurations (deprecated)']],
    ]);
    const core = servedIndexOf(await embeddedModel()).groupVersions[0]!;
    expect(core).toMatchObject({ group: '', version: 'v1', preferred: true });
    // ComponentStatus's schema says "Deprecated: This API is deprecated in v1.19+".
    expect(core.resources.find((r) => r.name === 'componentstatuses')?.deprecated).toBe(true);
    expect(core.resources.find((r) => r.name === 'pods')?.deprecated).toBe(false);
  });

  it('is small next to the model it summarizes (about 10 KB of JSON for 1.36)', async () => {
    expect(JSON.stringify(servedIndexOf(await embeddedModel())).length).toBeLessThan(16_000);
  });
});

describe('the served-where matrix', () => {
  it('for a kind: every group-version serving it on any cluster, current cluster first', () => {
    const matrix = servedMatrix({ type: 'kind', kind: 'FlowSchema' }, clusters, 'kubernetes-1.28');
    expect(matrix.columns.map((c) => c.apiVersion)).toEqual([
      'flowcontrol.apiserver.k8s.io/v1',
      'flowcontrol.apiserver.k8s.io/v1beta3',
      'flowcontrol.apiserver.k8s.io/v1beta2',
    ]);
    expect(matrix.rows.map((r) => [r.cluster, r.current, r.health.state])).toEqual([
      ['kubernetes-1.28', true, 'ok'],
      ['kubernetes-1.36', false, 'ok'],
      ['dev', false, 'stale'],
      ['edge', false, 'down'],
    ]);
    const flags = (cluster: string) =>
      matrix.rows
        .find((r) => r.cluster === cluster)!
        .cells?.map((c) => (c.served ? `served${c.preferred ? ' preferred' : ''}${c.deprecated ? ' deprecated' : ''}` : '-'));
    expect(flags('kubernetes-1.28')).toEqual(['-', 'served preferred deprecated', 'served deprecated']);
    expect(flags('kubernetes-1.36')).toEqual(['served preferred', '-', '-']);
    expect(flags('dev')).toEqual(['-', '-', '-']);
    expect(flags('edge')).toBeUndefined();
  });

  it('for a kind served by two groups (Event: core v1 and events.k8s.io/v1) the columns name both', () => {
    const matrix = servedMatrix({ type: 'kind', kind: 'Event' }, clusters, 'kubernetes-1.36');
    expect(matrix.columns.map((c) => c.apiVersion)).toEqual(['v1', 'events.k8s.io/v1']);
    expect(matrix.rows[0]!.cells!.map((c) => c.resources)).toEqual([['events'], ['events']]);
  });

  it('for a kind served by two of three loaded clusters', () => {
    const matrix = servedMatrix({ type: 'kind', kind: 'Certificate' }, clusters, 'dev');
    expect(matrix.columns.map((c) => c.apiVersion)).toEqual(['cert-manager.io/v1']);
    expect(matrix.rows.map((r) => [r.cluster, r.cells?.[0]?.served])).toEqual([
      ['dev', true],
      ['kubernetes-1.36', false],
      ['kubernetes-1.28', false],
      ['edge', undefined],
    ]);
    expect(matrix.rows[0]!.cells![0]!.degraded).toMatch(/stale/);
  });

  it('for a group: its versions on each cluster (resource.k8s.io went alpha → stable between 1.28 and 1.36)', () => {
    const matrix = servedMatrix({ type: 'group', group: 'resource.k8s.io' }, clusters, 'kubernetes-1.36');
    expect(matrix.columns.map((c) => c.version)).toEqual(['v1', 'v1beta2', 'v1beta1', 'v1alpha3', 'v1alpha2']);
    expect(matrix.rows[1]!.cells!.map((c) => c.served)).toEqual([false, false, false, false, true]);
  });

  it('for a resource: the versions of its group that serve that plural', () => {
    const matrix = servedMatrix({ type: 'resource', group: 'autoscaling', resource: 'horizontalpodautoscalers' }, clusters, 'kubernetes-1.36');
    expect(matrix.columns.map((c) => c.version)).toEqual(['v2', 'v1']);
    expect(matrix.rows.map((r) => r.cells?.map((c) => c.served && (c.preferred ? 'preferred' : 'served')))).toEqual([
      ['preferred', 'served'],
      ['preferred', 'served'],
      [false, false],
      undefined,
    ]);
  });
});

describe('the "also served by" line', () => {
  it('names the other clusters serving the resource with their versions, those that do not, and those unknown', () => {
    const matrix = servedMatrix({ type: 'resource', group: 'flowcontrol.apiserver.k8s.io', resource: 'flowschemas' }, clusters, 'kubernetes-1.36');
    const elsewhere = servedElsewhere(matrix);
    expect(elsewhere.servedBy).toEqual([{ cluster: 'kubernetes-1.28', versions: ['v1beta3', 'v1beta2'] }]);
    expect(elsewhere.notServedBy).toEqual(['dev']);
    expect(servedElsewhereText(elsewhere)).toBe('also served by kubernetes-1.28 (v1beta3, v1beta2), not by dev; edge unknown (down)');
  });

  it('says when no other cluster serves it, and says nothing with a single cluster', () => {
    const certificates = servedMatrix({ type: 'resource', group: 'cert-manager.io', resource: 'certificates' }, clusters.slice(0, 3), 'dev');
    expect(servedElsewhereText(servedElsewhere(certificates))).toBe('served by no other cluster: not by kubernetes-1.36, kubernetes-1.28');
    const alone = servedMatrix({ type: 'kind', kind: 'Pod' }, clusters.slice(0, 1), 'kubernetes-1.36');
    expect(servedElsewhereText(servedElsewhere(alone))).toBeUndefined();
  });
});

describe('every GVK across clusters', () => {
  it('lists each group-version-kind with the clusters serving it, missing it and unknown', () => {
    const gvks = servedGvks(clusters);
    const find = (apiVersion: string, kind: string) => gvks.find((g) => g.apiVersion === apiVersion && g.kind === kind)!;
    const pod = find('v1', 'Pod');
    expect(pod.servedBy.map((w) => w.cluster)).toEqual(['kubernetes-1.36', 'kubernetes-1.28', 'dev']);
    expect(pod.missingFrom).toEqual([]);
    expect(pod.unknownOn).toEqual(['edge']);
    expect(servedEverywhere(pod)).toBe(false);
    const flowSchema = find('flowcontrol.apiserver.k8s.io/v1', 'FlowSchema');
    expect(flowSchema.missingFrom).toEqual(['kubernetes-1.28', 'dev']);
    expect(find('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema').servedBy).toEqual([
      { cluster: 'kubernetes-1.28', preferred: true, deprecated: true },
    ]);
    // Sorted by kind, then group, then version priority.
    const flowSchemas = gvks.filter((g) => g.kind === 'FlowSchema').map((g) => g.version);
    expect(flowSchemas).toEqual(['v1', 'v1beta3', 'v1beta2']);
  });

  it('filters by words, by a cluster and by whether every cluster serves it', () => {
    const loaded = clusters.slice(0, 2);
    const gvks = servedGvks(loaded);
    const names = (filter: Parameters<typeof matchesGvkFilter>[1]) =>
      gvks.filter((g) => matchesGvkFilter(g, filter)).map((g) => `${g.apiVersion} ${g.kind}`);
    expect(names({ text: 'flowschema' })).toEqual([
      'flowcontrol.apiserver.k8s.io/v1 FlowSchema',
      'flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema',
      'flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema',
    ]);
    expect(names({ text: 'flowschema', availability: 'everywhere' })).toEqual([]);
    expect(names({ text: 'FLOW v1beta', cluster: 'kubernetes-1.36' })).toEqual([]);
    expect(names({ text: 'deployment apps', availability: 'everywhere' })).toEqual(['apps/v1 Deployment']);
    expect(names({ text: 'hpa' })).toEqual([]);
    expect(names({ text: 'horizontalpodautoscalers', availability: 'not-everywhere' })).toEqual([]);
    // 1.36 serves many kinds 1.28 does not; every one of them is "not everywhere".
    const onlyNew = gvks.filter((g) => matchesGvkFilter(g, { availability: 'not-everywhere', cluster: 'kubernetes-1.36' }));
    expect(onlyNew.length).toBeGreaterThan(10);
    expect(onlyNew.every((g) => g.missingFrom.includes('kubernetes-1.28'))).toBe(true);
  });
});
