import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../errors';
import { ACCEPT_AGGREGATED_V2, ACCEPT_AGGREGATED_V2BETA1 } from '../media-type';
import { K8S_136, json, memoryTransport, readFixtureJson } from '../../../test-support/fixtures';
import { parseAggregatedDiscovery } from './aggregated';
import { fetchDiscovery } from './fetch';
import { parseApiGroupList, parseApiResourceList, parseApiVersions } from './legacy';

const aggregated = () => readFixtureJson('kubernetes-1.36/discovery/aggregated_v2.json');
const aggregatedCore = () => readFixtureJson('kubernetes-1.36/discovery/aggregated_v2_core.json');
const legacy = (file: string) => readFixtureJson(`kubernetes-1.36/discovery/legacy/${file}`);

describe('aggregated discovery (apidiscovery.k8s.io/v2)', () => {
  const discovery = parseAggregatedDiscovery(aggregated(), '/apis', 'aggregated-v2');

  it('keeps the server order of groups and versions (first listed = preferred)', () => {
    expect(discovery.groups.map((g) => g.name).slice(0, 4)).toEqual(['apiregistration.k8s.io', 'apps', 'events.k8s.io', 'authentication.k8s.io']);
    const autoscaling = discovery.groups.find((g) => g.name === 'autoscaling')!;
    expect(autoscaling.versions.map((v) => v.version)).toEqual(['v2', 'v1']);
    expect(autoscaling.preferredVersion).toBe('v2');
    expect(discovery.groups.find((g) => g.name === 'resource.k8s.io')!.versions.map((v) => v.version)).toEqual([
      'v1',
      'v1beta2',
      'v1beta1',
      'v1alpha3',
    ]);
  });

  it('reads deployments with kind, scope, verbs, short names, categories and subresources', () => {
    const apps = discovery.groups.find((g) => g.name === 'apps')!.versions[0]!;
    const deployments = apps.resources.find((r) => r.resource === 'deployments')!;
    expect(deployments).toMatchObject({
      singular: 'deployment',
      responseKind: { group: 'apps', version: 'v1', kind: 'Deployment' },
      scope: 'Namespaced',
      shortNames: ['deploy'],
      categories: ['all'],
    });
    expect(deployments.verbs).toHaveLength(8);
    expect(deployments.subresources.map((s) => [s.subresource, s.responseKind?.kind, s.responseKind?.group])).toEqual([
      ['scale', 'Scale', 'autoscaling'],
      ['status', 'Deployment', 'apps'],
    ]);
  });

  it('reads the core group from /api', () => {
    const core = parseAggregatedDiscovery(aggregatedCore(), '/api', 'aggregated-v2');
    expect(core.groups.map((g) => g.name)).toEqual(['']);
    const pods = core.groups[0]!.versions[0]!.resources.find((r) => r.resource === 'pods')!;
    expect(pods.subresources.map((s) => s.subresource)).toEqual(expect.arrayContaining(['status', 'log', 'exec', 'eviction', 'binding']));
  });

  it('reads freshness: Stale', () => {
    const doc = structuredClone(aggregated()) as { items: Array<{ versions: Array<{ freshness: string }> }> };
    doc.items[1]!.versions[0]!.freshness = 'Stale';
    const stale = parseAggregatedDiscovery(doc, '/apis', 'aggregated-v2');
    expect(stale.groups[1]!.versions[0]!.freshness).toBe('Stale');
  });

  it('fails with a DecodeError naming the document and the JSON path', () => {
    const doc = structuredClone(aggregated()) as { items: Array<{ versions: Array<{ resources: Array<{ verbs: unknown }> }> }> };
    doc.items[1]!.versions[0]!.resources[2]!.verbs = 'get';
    expect(() => parseAggregatedDiscovery(doc, 'GET /apis', 'aggregated-v2')).toThrow(DecodeError);
    expect(() => parseAggregatedDiscovery(doc, 'GET /apis', 'aggregated-v2')).toThrow(
      'GET /apis: items[1].versions[0].resources[2].verbs must be an array, found string "get"',
    );
    expect(() => parseAggregatedDiscovery({ kind: 'APIGroupList' }, 'GET /apis', 'aggregated-v2')).toThrow(/kind must be "APIGroupDiscoveryList"/);
  });
});

describe('legacy discovery', () => {
  it('reads APIVersions, APIGroupList and APIGroup', () => {
    expect(parseApiVersions(legacy('api.json'), '/api')).toEqual(['v1']);
    const groups = parseApiGroupList(legacy('apis.json'), '/apis');
    expect(groups.find((g) => g.name === 'autoscaling')).toEqual({ name: 'autoscaling', versions: ['v2', 'v1'], preferredVersion: 'v2' });
    expect(parseApiGroupList(legacy('apis__apps.json'), '/apis/apps')).toEqual([{ name: 'apps', versions: ['v1'], preferredVersion: 'v1' }]);
  });

  it('folds pods/status-style entries into their parent resource', () => {
    const v1 = parseApiResourceList(legacy('api__v1.json'), '/api/v1', '', 'v1');
    const pods = v1.resources.find((r) => r.resource === 'pods')!;
    expect(pods.subresources.find((s) => s.subresource === 'eviction')!.responseKind).toEqual({ group: 'policy', version: 'v1', kind: 'Eviction' });
    expect(v1.resources.some((r) => r.resource.includes('/'))).toBe(false);
  });

  it('gives, for every group-version, the same resources as aggregated discovery', () => {
    const named = parseAggregatedDiscovery(aggregated(), '/apis', 'aggregated-v2').groups;
    const core = parseAggregatedDiscovery(aggregatedCore(), '/api', 'aggregated-v2').groups;
    const files = readdirSync(path.join(K8S_136, 'discovery/legacy')).filter((f) => f.split('__').length === 3 || f === 'api__v1.json');
    expect(files.length).toBe(36);
    for (const file of files) {
      const [root, group = '', version = 'v1'] = file.replace('.json', '').split('__');
      const g = root === 'api' ? '' : group;
      const v = root === 'api' ? 'v1' : version;
      const fromLegacy = parseApiResourceList(legacy(file), file, g, v);
      const fromAggregated = [...core, ...named].find((x) => x.name === g)!.versions.find((x) => x.version === v)!;
      const shape = (r: (typeof fromLegacy.resources)[number]) => ({
        ...r,
        verbs: [...r.verbs].sort(),
        subresources: r.subresources.map((s) => ({ ...s, verbs: [...s.verbs].sort() })).sort((a, b) => a.subresource.localeCompare(b.subresource)),
      });
      expect(fromLegacy.resources.map(shape), file).toEqual(fromAggregated.resources.map(shape));
    }
  });
});

describe('fetching discovery', () => {
  it('asks for aggregated discovery first and uses it when served', async () => {
    const transport = memoryTransport({
      '/api': () => json(aggregatedCore(), ACCEPT_AGGREGATED_V2),
      '/apis': () => json(aggregated(), ACCEPT_AGGREGATED_V2),
    });
    const { discovery } = await fetchDiscovery(transport);
    expect(discovery.format).toBe('aggregated-v2');
    expect(discovery.groups).toHaveLength(23);
    expect(transport.requests.map((r) => r.path).sort()).toEqual(['/api', '/apis']);
    expect(transport.requests[0]!.accept.startsWith(`${ACCEPT_AGGREGATED_V2},${ACCEPT_AGGREGATED_V2BETA1},application/json`)).toBe(true);
  });

  it('falls back to the legacy documents when the server answers plain JSON, and isolates a failing group-version', async () => {
    const answers: Parameters<typeof memoryTransport>[0] = {
      '/api': () => json(legacy('api.json')),
      '/api/v1': () => json(legacy('api__v1.json')),
      '/apis': () => json(legacy('apis.json')),
    };
    for (const file of readdirSync(path.join(K8S_136, 'discovery/legacy'))) {
      const p = `/${file.replace('.json', '').split('__').join('/')}`;
      if (p.split('/').length === 4) answers[p] = () => json(legacy(file));
    }
    answers['/apis/batch/v1'] = () => ({
      status: 503,
      headers: { 'content-type': 'application/json' },
      body: new TextEncoder().encode(
        '{"kind":"Status","code":503,"reason":"ServiceUnavailable","message":"the server is currently unable to handle the request"}',
      ),
    });
    const { discovery, problems } = await fetchDiscovery(memoryTransport(answers));
    expect(discovery.format).toBe('legacy');
    expect(discovery.groups).toHaveLength(23);
    const batch = discovery.groups.find((g) => g.name === 'batch')!.versions[0]!;
    expect(batch.resources).toEqual([]);
    expect(batch.error).toMatch(/GET \/apis\/batch\/v1 failed: HTTP 503 ServiceUnavailable: the server is currently unable to handle the request/);
    expect(problems).toEqual([expect.objectContaining({ group: 'batch', version: 'v1', severity: 'error' })]);
    expect(discovery.groups.find((g) => g.name === 'apps')!.versions[0]!.resources.length).toBe(5);
  });

  it('accepts v2beta1 aggregated discovery', async () => {
    const beta = { ...(aggregated() as object), apiVersion: 'apidiscovery.k8s.io/v2beta1' };
    const transport = memoryTransport({
      '/api': () => json({ ...(aggregatedCore() as object), apiVersion: 'apidiscovery.k8s.io/v2beta1' }, ACCEPT_AGGREGATED_V2BETA1),
      '/apis': () => json(beta, ACCEPT_AGGREGATED_V2BETA1),
    });
    expect((await fetchDiscovery(transport)).discovery.format).toBe('aggregated-v2beta1');
  });

  it('reports a Stale group-version as a warning on that group', async () => {
    const doc = structuredClone(aggregated()) as { items: Array<{ metadata: { name: string }; versions: Array<{ freshness: string }> }> };
    doc.items.find((i) => i.metadata.name === 'batch')!.versions[0]!.freshness = 'Stale';
    const transport = memoryTransport({ '/api': () => json(aggregatedCore(), ACCEPT_AGGREGATED_V2), '/apis': () => json(doc, ACCEPT_AGGREGATED_V2) });
    const { problems } = await fetchDiscovery(transport);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', group: 'batch', version: 'v1', message: expect.stringContaining('Stale') }),
    ]);
  });

  it('rejects an answer that is not a discovery document, naming it', async () => {
    const transport = memoryTransport({
      '/api': () => json(aggregatedCore(), ACCEPT_AGGREGATED_V2),
      '/apis': () => ({ status: 200, headers: { 'content-type': 'text/html' }, body: new TextEncoder().encode('<html>') }),
    });
    await expect(fetchDiscovery(transport)).rejects.toThrow(/memory: GET \/apis: GET \/apis answered with content type "text\/html"/);
  });
});
