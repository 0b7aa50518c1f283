import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel, embeddedModel128 } from '../../test-support/model';
import { CrossClusterSearch, mergeClusterResults, resultIdentity } from './across-clusters';
import { buildSearchIndex } from './build-index';
import type { SearchIndexData } from './index-data';
import { AtlasSearch } from './search';

let search: CrossClusterSearch;
let searchFrom128: CrossClusterSearch;

beforeAll(async () => {
  // Through JSON, as the browser gets each cluster's index.
  const engine = async (model: Parameters<typeof buildSearchIndex>[0]) =>
    new AtlasSearch(JSON.parse(JSON.stringify(buildSearchIndex(model))) as SearchIndexData);
  const [e136, e128] = await Promise.all([embeddedModel().then(engine), embeddedModel128().then(engine)]);
  const engines = [
    { cluster: 'kubernetes-1.36', engine: e136 },
    { cluster: 'kubernetes-1.28', engine: e128 },
  ];
  search = new CrossClusterSearch('kubernetes-1.36', engines);
  searchFrom128 = new CrossClusterSearch('kubernetes-1.28', engines);
});

describe('search across clusters', () => {
  it('says which clusters serve each result, the current cluster first', () => {
    const [deployment] = search.search('deploy');
    expect(deployment).toMatchObject({
      type: 'resource',
      title: 'Deployment',
      href: '/apis/apps/v1/deployments',
      cluster: 'kubernetes-1.36',
      servedBy: ['kubernetes-1.36', 'kubernetes-1.28'],
    });
    expect(searchFrom128.search('deploy')[0]?.servedBy).toEqual(['kubernetes-1.28', 'kubernetes-1.36']);
  });

  it("lists the current cluster's results before results only another cluster has", () => {
    const results = search.search('flowschema', 50).filter((r) => r.type === 'resource');
    expect(results.map((r) => [r.href, r.cluster, r.servedBy.join(' ')])).toEqual([
      ['/apis/flowcontrol.apiserver.k8s.io/v1/flowschemas', 'kubernetes-1.36', 'kubernetes-1.36'],
      ['/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas', 'kubernetes-1.28', 'kubernetes-1.28'],
      ['/apis/flowcontrol.apiserver.k8s.io/v1beta2/flowschemas', 'kubernetes-1.28', 'kubernetes-1.28'],
    ]);
    const all = search.search('flowschema', 50);
    const firstElsewhere = all.findIndex((r) => r.cluster !== 'kubernetes-1.36');
    expect(all.slice(firstElsewhere).every((r) => r.cluster !== 'kubernetes-1.36')).toBe(true);
  });

  it('finds what only another cluster serves (1.28 resource.k8s.io/v1alpha2 from 1.36)', () => {
    const alpha2 = search.search('resourceclass', 50).find((r) => r.href === '/apis/resource.k8s.io/v1alpha2/resourceclasses');
    expect(alpha2).toMatchObject({ cluster: 'kubernetes-1.28', servedBy: ['kubernetes-1.28'] });
  });

  it('counts a field shown on different pages of two clusters as one result', () => {
    const a = {
      type: 'field' as const,
      title: 'spec.replicas',
      detail: 'Deployment · apps/v1 · integer',
      href: '/apis/apps/v1/deployments#spec.replicas',
    };
    const b = { ...a, href: '/apis/apps/v1/deployments/fields/spec#spec.replicas' };
    expect(resultIdentity(a)).toBe(resultIdentity(b));
    const merged = mergeClusterResults('x', [
      { cluster: 'x', results: [a] },
      { cluster: 'y', results: [b] },
    ]);
    expect(merged).toEqual([{ ...a, cluster: 'x', servedBy: ['x', 'y'] }]);
  });

  it('keeps at most `limit` results', () => {
    expect(search.search('spec', 7)).toHaveLength(7);
  });
});
