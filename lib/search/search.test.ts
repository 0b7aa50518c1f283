import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import type { ApiModel } from '../model/types';
import { buildSearchIndex } from './build-index';
import type { SearchIndexData } from './index-data';
import { fieldOccurrencesByName } from './paths';
import { AtlasSearch, asFieldPath } from './search';
import { identifierTokens } from './tokens';

let model: ApiModel;
let data: SearchIndexData;
let atlas: AtlasSearch;
beforeAll(async () => {
  model = await embeddedModel();
  // Through JSON, as the browser gets it.
  data = JSON.parse(JSON.stringify(buildSearchIndex(model))) as SearchIndexData;
  atlas = new AtlasSearch(data);
});

const titles = (query: string, limit?: number) => atlas.search(query, limit).map((r) => r.title);

describe('search over the 1.36 snapshot', () => {
  it('finds resources by short name, the exact hit first', () => {
    expect(atlas.search('deploy')[0]).toMatchObject({ type: 'resource', title: 'Deployment', href: '/apis/apps/v1/deployments' });
    expect(atlas.search('pvc')[0]).toMatchObject({ title: 'PersistentVolumeClaim', href: '/api/v1/persistentvolumeclaims' });
    expect(atlas.search('po')[0]).toMatchObject({ title: 'Pod', href: '/api/v1/pods' });
  });

  it('ranks the preferred version first: hpa → autoscaling/v2, then v1, then the kind page', () => {
    const results = atlas.search('hpa');
    expect(results.slice(0, 3).map((r) => [r.type, r.title, r.href])).toEqual([
      ['resource', 'HorizontalPodAutoscaler', '/apis/autoscaling/v2/horizontalpodautoscalers'],
      ['resource', 'HorizontalPodAutoscaler', '/apis/autoscaling/v1/horizontalpodautoscalers'],
      ['kind', 'HorizontalPodAutoscaler', '/kinds/HorizontalPodAutoscaler'],
    ]);
  });

  it('puts stable before beta before alpha among versions of a resource', () => {
    const gvOrder = atlas
      .search('resourceslices')
      .filter((r) => r.type === 'resource' && r.title === 'ResourceSlice')
      .map((r) => r.stability);
    expect(gvOrder.length).toBeGreaterThan(1);
    const rank = { stable: 0, beta: 1, alpha: 2, other: 3 } as const;
    expect(gvOrder.map((s) => rank[s!])).toEqual([...gvOrder.map((s) => rank[s!])].sort());
  });

  it('tolerates typos in kinds: Deploymnet → Deployment', () => {
    expect(atlas.search('Deploymnet')[0]).toMatchObject({ type: 'resource', title: 'Deployment' });
    expect(atlas.search('Horizontalpodautoscalr')[0]).toMatchObject({ title: 'HorizontalPodAutoscaler' });
  });

  it('finds a field in every kind that has it, with its path', () => {
    const results = atlas.search('tolerations', 50).filter((r) => r.type === 'field');
    const byKind = new Map<string, string>();
    for (const r of results) if (!byKind.has(r.detail.split(' · ')[0]!)) byKind.set(r.detail.split(' · ')[0]!, r.title);
    expect(results[0]).toMatchObject({ title: 'spec.tolerations', detail: 'Pod · v1 · []Toleration', href: '/api/v1/pods#spec.tolerations' });
    expect(byKind.get('Deployment')).toBe('spec.template.spec.tolerations');
    expect(byKind.get('DaemonSet')).toBe('spec.template.spec.tolerations');
    expect(byKind.get('StatefulSet')).toBe('spec.template.spec.tolerations');
    expect(byKind.get('CronJob')).toBe('spec.jobTemplate.spec.template.spec.tolerations');
  });

  it('accepts paths as API errors and JSONPath write them: [0], [], [*] and a leading dot', () => {
    for (const query of ['spec.containers[0].image', 'spec.containers[].image', '.spec.containers[*].image']) {
      const pod = atlas.search(query, 50).find((r) => r.detail.startsWith('Pod ·'));
      expect(pod, query).toMatchObject({ title: 'spec.containers.image', href: '/api/v1/pods#spec.containers.image' });
    }
    const limits = atlas.search('.spec.template.spec.containers[*].resources.limits', 50).find((r) => r.detail.startsWith('Deployment ·'));
    expect(limits).toMatchObject({ title: 'spec.template.spec.containers.resources.limits' });
    expect(limits!.href).toMatch(/spec\.template\.spec\.containers\.resources\.limits$/);
    expect(asFieldPath('metadata.annotations[kubernetes.io/change-cause]')).toBe('metadata.annotations');
  });

  it('finds fields by the end of their path and kubectl-explain style', () => {
    // Exact ends first (every kind that embeds a Pod spec), then longer names (`containers.imagePullPolicy`).
    const image = atlas.search('containers.image', 50).slice(0, 9);
    expect(image.every((r) => r.type === 'field' && r.title.endsWith('containers.image'))).toBe(true);
    expect(image.map((r) => r.detail.split(' · ')[0])).toEqual(expect.arrayContaining(['Pod', 'Deployment', 'Job', 'CronJob']));
    expect(atlas.search('deployment.spec.replicas')[0]).toMatchObject({ title: 'spec.replicas', detail: 'Deployment · apps/v1 · integer' });
    expect(titles('deploy.spec.template.spec.tol')).toContain('spec.template.spec.tolerations');
  });

  it('links a field reached through a repeated definition to its own path, not to the first place the tree shows it', () => {
    const init = atlas.search('initContainers.image', 50).find((r) => r.detail.startsWith('Pod ·'));
    expect(init).toMatchObject({ title: 'spec.initContainers.image', href: '/api/v1/pods/fields/spec.initContainers#spec.initContainers.image' });
    const limits = atlas.search('deployment.spec.template.spec.containers.resources.limits')[0];
    expect(limits).toMatchObject({ title: 'spec.template.spec.containers.resources.limits' });
    expect(limits!.href).toMatch(
      /#spec\.template\.spec\.containers\.resources\.limits$|\/fields\/spec\.template\.spec\.containers\.resources\.limits$/,
    );
    // Beyond the Pod page's budget: the field view that holds it.
    const exec = atlas.search('pod.spec.containers.livenessProbe.exec.command')[0];
    expect(exec).toMatchObject({ title: 'spec.containers.livenessProbe.exec.command' });
    expect(exec!.href).toMatch(
      /^\/api\/v1\/pods\/fields\/spec\.containers\.livenessProbe(\.exec)?(#spec\.containers\.livenessProbe\.exec\.command)?$/,
    );
  });

  it('finds groups, group-versions and definitions', () => {
    expect(atlas.search('apps/v1')[0]).toMatchObject({ type: 'groupVersion', href: '/apis/apps/v1' });
    expect(atlas.search('networking.k8s.io')[0]).toMatchObject({ type: 'group', href: '/apis/networking.k8s.io' });
    expect(atlas.search('PodSpec')[0]).toMatchObject({ type: 'definition', href: '/definitions/io.k8s.api.core.v1.PodSpec' });
    expect(atlas.search('io.k8s.api.core.v1.PodSpec')[0]).toMatchObject({ type: 'definition', title: 'PodSpec' });
  });

  it('answers nothing for nothing', () => {
    expect(atlas.search('   ')).toEqual([]);
    expect(atlas.search('zzzzqqqq')).toEqual([]);
  });
});

describe('the index', () => {
  it('lists every path of a kind, repeats included', () => {
    const occurrences = [...fieldOccurrencesByName(data).values()].flat();
    const pod = data.resources.findIndex(
      (r) => r.name === 'pods' && r.gv === data.groupVersions.findIndex((gv) => gv.group === '' && gv.version === 'v1'),
    );
    const podPaths = new Set(occurrences.filter((o) => o.resource === pod).map((o) => o.path));
    for (const path of [
      'spec.containers.image',
      'spec.initContainers.image',
      'spec.ephemeralContainers.image',
      'metadata.labels',
      'status.podIPs.ip',
    ]) {
      expect(podPaths.has(path), path).toBe(true);
    }
  });

  it('stays small: stored as a graph, not as paths', () => {
    const raw = JSON.stringify(data).length;
    expect(raw).toBeLessThan(200_000);
    expect(data.objects.length).toBeLessThan(Object.keys(model.definitions).length);
  });

  it('splits identifiers into words', () => {
    expect(identifierTokens('HorizontalPodAutoscaler')).toEqual(['horizontalpodautoscaler', 'horizontal', 'pod', 'autoscaler']);
    expect(identifierTokens('networking.k8s.io')).toEqual(['networking.k8s.io', 'networking', 'k8s', 'k', '8', 's', 'io']);
    expect(identifierTokens('CSIDriver')).toEqual(['csidriver', 'csi', 'driver']);
  });
});
