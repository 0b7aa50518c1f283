import { describe, expect, it } from 'vitest';
import { fetchApiDocuments } from '../kube/documents';
import { openSnapshot } from '../snapshot/read';
import { EMBEDDED_SNAPSHOT, memoryTransport, json, readFixtureJson } from '../../test-support/fixtures';
import { embeddedModel } from '../../test-support/model';
import { buildModel } from './build';
import { allGroupVersions, allResources, countModel, findGroup, findResource } from './lookup';
import { allPagePaths } from '../site/page-paths';

describe('the model of the Kubernetes 1.36 snapshot', () => {
  it('has the exact counts of the release', async () => {
    const model = await embeddedModel();
    expect(countModel(model)).toEqual({
      groups: 23,
      groupVersions: 36,
      resources: 77,
      resourceVersions: 96,
      subresources: 56,
      definitions: 771,
      operations: 1123,
    });
    expect(model.kubernetesVersion).toBe('v1.36.0');
    expect(model.discoveryFormat).toBe('aggregated-v2');
    expect(model.problems).toEqual([]);
  });

  it('shows the core group as "core" at /api/v1 first', async () => {
    const model = await embeddedModel();
    expect(model.groups[0]).toMatchObject({ name: '', displayName: 'core', path: '/api', preferredVersion: 'v1' });
    expect(model.groups[0]!.versions[0]).toMatchObject({ groupVersion: 'v1', path: '/api/v1', stability: 'stable', preferred: true });
  });

  it('knows apps/v1 deployments fully', async () => {
    const model = await embeddedModel();
    const deployments = findResource(model, 'apps', 'v1', 'deployments')!;
    expect(deployments).toMatchObject({
      kind: 'Deployment',
      singular: 'deployment',
      scope: 'Namespaced',
      shortNames: ['deploy'],
      categories: ['all'],
    });
    expect(deployments.verbs).toHaveLength(8);
    expect(deployments.subresources.map((s) => s.name)).toEqual(['scale', 'status']);
    expect(deployments.subresources[0]).toMatchObject({
      kind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
      definition: 'io.k8s.api.autoscaling.v1.Scale',
      verbs: ['get', 'patch', 'update'],
    });
    expect(deployments.definition).toBe('io.k8s.api.apps.v1.Deployment');
    expect(deployments.listDefinition).toBe('io.k8s.api.apps.v1.DeploymentList');
    expect(deployments.operations.map((o) => `${o.method} ${o.action} ${o.path}`)).toEqual([
      'get list /apis/apps/v1/deployments',
      'get list /apis/apps/v1/namespaces/{namespace}/deployments',
      'post post /apis/apps/v1/namespaces/{namespace}/deployments',
      'delete deletecollection /apis/apps/v1/namespaces/{namespace}/deployments',
      'get get /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      'put put /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      'delete delete /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      'patch patch /apis/apps/v1/namespaces/{namespace}/deployments/{name}',
      'get watchlist /apis/apps/v1/watch/deployments',
      'get watchlist /apis/apps/v1/watch/namespaces/{namespace}/deployments',
      'get watch /apis/apps/v1/watch/namespaces/{namespace}/deployments/{name}',
    ]);
    const list = deployments.operations[1]!;
    expect(list.operationId).toBe('listAppsV1NamespacedDeployment');
    expect(list.parameters[0]).toMatchObject({ name: 'namespace', in: 'path', required: true });
    expect(list.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['labelSelector', 'fieldSelector', 'watch', 'limit', 'continue', 'pretty']),
    );
    expect(list.responses[0]).toMatchObject({ code: '200', definition: 'io.k8s.api.apps.v1.DeploymentList' });
  });

  it('shows what only one side knows: pods/resize (OpenAPI only) and compositepodgroups (no schema)', async () => {
    const model = await embeddedModel();
    const resize = findResource(model, '', 'v1', 'pods')!.subresources.find((s) => s.name === 'resize')!;
    expect(resize.provenance).toEqual({ discovery: false, openapi: true });
    expect(resize.verbs).toEqual(expect.arrayContaining(['get', 'patch', 'update']));
    const groups = findResource(model, 'scheduling.k8s.io', 'v1alpha2', 'compositepodgroups')!;
    expect(groups.definition).toBeUndefined();
    expect(groups.provenance).toEqual({ discovery: true, openapi: false });
  });

  it('orders versions by server order, which for 1.36 is version priority', async () => {
    const model = await embeddedModel();
    expect(findGroup(model, 'certificates.k8s.io')!.versions.map((v) => `${v.version}:${v.stability}`)).toEqual([
      'v1:stable',
      'v1beta1:beta',
      'v1alpha1:alpha',
    ]);
    expect(
      allGroupVersions(model)
        .filter((v) => v.stability === 'alpha')
        .map((v) => v.groupVersion),
    ).toEqual([
      'certificates.k8s.io/v1alpha1',
      'admissionregistration.k8s.io/v1alpha1',
      'scheduling.k8s.io/v1alpha2',
      'coordination.k8s.io/v1alpha2',
      'resource.k8s.io/v1alpha3',
      'internal.apiserver.k8s.io/v1alpha1',
    ]);
  });

  it('lists the non-resource endpoints', async () => {
    const model = await embeddedModel();
    expect(model.endpoints.filter((e) => e.category !== 'discovery').map((e) => e.path)).toEqual([
      '/.well-known/openid-configuration/',
      '/logs/',
      '/logs/{logpath}',
      '/openid/v1/jwks/',
      '/version/',
    ]);
  });

  it('lists a page for every group, version, resource, kind and definition', async () => {
    const model = await embeddedModel();
    const paths = allPagePaths(model);
    expect(paths).toContain('/apis/apps/v1/deployments');
    expect(paths).toContain('/api/v1/pods');
    expect(paths).toContain('/definitions/io.k8s.api.core.v1.PodSpec');
    expect(paths).toContain('/kinds/HorizontalPodAutoscaler');
    expect(paths).toContain('/parameters');
    // 10 fixed pages (/, /apis, /definitions, /endpoints, /kinds, /compare, /clusters, /served, /deprecations, /parameters),
    // groups, group-versions, resources, definitions, kinds.
    expect(paths.length).toBe(10 + 23 + 36 + 96 + 771 + 76);
  });

  it('is deterministic', async () => {
    const documents = await fetchApiDocuments(await openSnapshot(EMBEDDED_SNAPSHOT));
    expect(JSON.stringify(buildModel(documents))).toBe(JSON.stringify(buildModel(documents)));
  });
});

describe('building without discovery', () => {
  it('derives groups, resources, verbs and scope from OpenAPI alone', async () => {
    const transport = memoryTransport({ '/openapi/v2': () => json(readFixtureJson('kubernetes-1.36/openapi-v2.json')) });
    const model = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
    expect(model.discoveryFormat).toBe('openapi');
    const deployments = findResource(model, 'apps', 'v1', 'deployments')!;
    expect(deployments).toMatchObject({ kind: 'Deployment', scope: 'Namespaced', provenance: { discovery: false, openapi: true } });
    expect([...deployments.verbs].sort()).toEqual(['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch']);
    expect(findResource(model, '', 'v1', 'nodes')!.scope).toBe('Cluster');
    expect(model.groups[0]!.name).toBe('');
    expect(findGroup(model, 'autoscaling')!.versions.map((v) => v.version)).toEqual(['v2', 'v1']);
    expect(allResources(model).length).toBe(96 - 1 /* compositepodgroups has no OpenAPI paths */);
    expect(model.problems.map((p) => p.source)).toEqual(expect.arrayContaining(['discovery (/api, /apis)']));
  });
});

describe('building from a malformed /openapi/v2', () => {
  it('skips parameter entries that describe no parameter and keeps the rest of the operation', async () => {
    // Found by the OpenAPI fuzzer: a parameter list holding a string made
    // the parameter cache throw a TypeError from deep inside the build.
    const openapi = readFixtureJson('kubernetes-1.36/openapi-v2.json') as { paths: Record<string, { parameters?: unknown[] }> };
    const pathItem = openapi.paths['/api/v1/namespaces/{namespace}/pods']!;
    pathItem.parameters = ['', null, 7, [], { $ref: '#/parameters/no-such-parameter' }, ...(pathItem.parameters ?? [])];
    openapi.paths['/api/v1/nodes']!.parameters = 'not a list' as unknown as unknown[];
    const transport = memoryTransport({ '/openapi/v2': () => json(openapi) });
    const model = buildModel(await fetchApiDocuments(transport, { log: () => {} }));
    const list = findResource(model, '', 'v1', 'pods')!.operations.find((o) => o.action === 'list' && o.namespaced)!;
    expect(list.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['namespace', 'labelSelector', 'watch']));
    expect(findResource(model, '', 'v1', 'nodes')!.operations.length).toBeGreaterThan(0);
  });
});
