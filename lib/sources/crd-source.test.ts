import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCrdYaml } from '../crd/parse';
import type { ApiModel } from '../model/types';
import { readConfig } from '../config';
import { CRDS, EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../../test-support/fixtures';
import { CrdDirectorySource } from './crd-source';
import { servedIndexOf } from '../model/served-index';
import { servedElsewhere, servedElsewhereText, servedMatrix } from '../model/served-where';

/**
 * A CRD folder as an operator keeps one: nested project folders, a chart
 * file mixing a CRD with a Deployment, a JSON List, and one broken file.
 */
let root: string;
let dir: string;
let model: ApiModel;
const logged: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'atlas-crds-'));
  dir = path.join(root, 'my-crds');
  await mkdir(path.join(dir, 'knative', 'eventing'), { recursive: true });
  await mkdir(path.join(dir, 'velero'), { recursive: true });
  await copyFile(path.join(CRDS, 'knative-eventing/pingsources.sources.knative.dev.yaml'), path.join(dir, 'knative/eventing/pingsource.yaml'));
  const deployment = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: velero\n';
  await writeFile(
    path.join(dir, 'velero/chart.yml'),
    `${deployment}---\n${await readFile(path.join(CRDS, 'velero/backups.velero.io.yaml'), 'utf8')}`,
  );
  const gatewayClass = parseCrdYaml(await readFile(path.join(CRDS, 'gateway-api/gatewayclasses.gateway.networking.k8s.io.yaml'), 'utf8'), 'x')[0];
  await writeFile(path.join(dir, 'gateway.json'), JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [gatewayClass] }, null, 2));
  await writeFile(
    path.join(dir, 'broken.yaml'),
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nkind: CustomResourceDefinition\nspec: {}\n',
  );
  await writeFile(path.join(dir, 'README.md'), '# not a manifest\n');
  const status = await new CrdDirectorySource('my-crds', dir, EMBEDDED_SNAPSHOT, (line) => logged.push(line)).status();
  if (!status.model) throw new Error(status.error);
  model = status.model;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const resource = (group: string, version: string, name: string) =>
  model.groups
    .find((g) => g.name === group)
    ?.versions.find((v) => v.version === version)
    ?.resources.find((r) => r.name === name);

describe('crds:DIR: CRD files installed on a snapshot', () => {
  it('serves the built-in kinds of the base snapshot and every served version of the CRDs, from nested folders, YAML and JSON', () => {
    expect(resource('apps', 'v1', 'deployments')?.kind).toBe('Deployment');
    expect(resource('sources.knative.dev', 'v1', 'pingsources')?.kind).toBe('PingSource');
    expect(resource('sources.knative.dev', 'v1beta2', 'pingsources')?.verbs).toContain('list');
    expect(resource('velero.io', 'v1', 'backups')?.scope).toBe('Namespaced');
    expect(resource('gateway.networking.k8s.io', 'v1', 'gatewayclasses')?.scope).toBe('Cluster');
    // Discovery lists the CRD groups after the built-in ones, as kube-apiserver does.
    const names = model.groups.map((g) => g.name);
    expect(names.indexOf('velero.io')).toBeGreaterThan(names.indexOf('apps'));
  });

  it('a broken file is an error naming it and its line; the other files load, and the count of ignored documents is said', () => {
    const broken = model.problems.filter((p) => p.severity === 'error');
    expect(broken).toHaveLength(1);
    expect(broken[0]!.source).toMatch(/^my-crds\/broken\.yaml:3$/);
    expect(broken[0]!.message).toMatch(/^my-crds\/broken\.yaml:3:1: not valid YAML or JSON: Map keys must be unique/);
    expect(model.crdDetails?.state === 'known' && model.crdDetails.summary).toBe(
      '3 CRDs from 4 files; 1 other document ignored (1 apps/v1 Deployment); 1 error',
    );
    expect(logged).toEqual([expect.stringMatching(/^crds: my-crds: 3 CRDs from 4 files.* installed on snapshot kubernetes-1\.36$/)]);
  });

  it('each schema says where it came from: a CRD file (OpenAPI v3, lossless) or the snapshot’s /openapi/v2', () => {
    const origin = (definition: string) => model.schemaSources.documents[model.schemaSources.origin[definition]!];
    expect(origin('dev.knative.sources.v1beta2.PingSource')).toEqual({
      path: '/openapi/v3/apis/sources.knative.dev/v1beta2',
      format: 'OpenAPI v3',
      origin: 'CRD file my-crds/knative/eventing/pingsource.yaml',
    });
    expect(origin('io.velero.v1.Backup')?.origin).toBe('CRD file my-crds/velero/chart.yml');
    expect(origin('io.k8s.api.apps.v1.Deployment')).toEqual({ path: '/openapi/v2', format: 'OpenAPI v2' });
    // v3 keeps what the v2 conversion drops: Velero's nullable fields.
    const spec = model.definitions['io.velero.v1.Backup']?.properties?.spec as { properties: Record<string, { nullable?: boolean }> };
    expect(spec.properties.defaultVolumesToFsBackup?.nullable).toBe(true);
  });

  it('knows the CRD details no server publishes, keyed by group/plural', () => {
    const details = model.crdDetails?.state === 'known' ? model.crdDetails.byResource : {};
    expect(Object.keys(details).sort()).toEqual(['gateway.networking.k8s.io/gatewayclasses', 'sources.knative.dev/pingsources', 'velero.io/backups']);
    expect(details['sources.knative.dev/pingsources']?.origin).toBe('CRD file my-crds/knative/eventing/pingsource.yaml');
    expect(details['sources.knative.dev/pingsources']?.conversion.strategy).toBe('Webhook');
  });

  it('feeds the storage version into the served-where data: a marker in the matrix and the "also served by" line', () => {
    const index = servedIndexOf(model);
    const pings = index.groupVersions.filter((gv) => gv.group === 'sources.knative.dev').map((gv) => [gv.version, gv.resources[0]?.storage ?? false]);
    expect(pings).toEqual([
      ['v1', true],
      ['v1beta2', false],
    ]);
    // Built-in kinds: storage versions are not published, so nothing is claimed.
    expect(index.groupVersions.find((gv) => gv.group === 'apps')?.resources.some((r) => r.storage)).toBe(false);
    const clusters = ['here', 'ops'].map((name) => ({ name, health: { state: 'ok' as const }, served: index }));
    const matrix = servedMatrix({ type: 'resource', group: 'sources.knative.dev', resource: 'pingsources' }, clusters, 'here');
    expect(matrix.rows[1]!.cells!.map((c) => c.storage ?? false)).toEqual([true, false]);
    expect(servedElsewhereText(servedElsewhere(matrix))).toBe('also served by ops (v1 storage, v1beta2)');
  });

  it('never names the folder’s place on the machine in what pages show', async () => {
    const status = await new CrdDirectorySource('my-crds', dir, EMBEDDED_SNAPSHOT, () => {}).status();
    expect(JSON.stringify({ ...status, model: { ...status.model, openapi: undefined, definitions: undefined } })).not.toContain(root);
  });
});

describe('crds:DIR on another snapshot', () => {
  it('installs on the 1.28 snapshot, recorded without discovery: the CRDs are derived from the merged OpenAPI like its built-in kinds', async () => {
    const status = await new CrdDirectorySource('on-128', dir, path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.28'), () => {}).status();
    const m = status.model!;
    expect(m.discoveryFormat).toBe('openapi');
    const pings = m.groups.find((g) => g.name === 'sources.knative.dev')?.versions.map((v) => v.version);
    expect(pings?.sort()).toEqual(['v1', 'v1beta2']);
    expect(m.groups.find((g) => g.name === 'batch')?.versions.map((v) => v.version)).toContain('v1');
  });
});

describe('configuring crds:DIR', () => {
  it('ATLAS_SOURCES=crds:DIR installs on the embedded snapshot, or on ATLAS_CRDS_BASE; ATLAS_CRDS makes it the primary, on ATLAS_SNAPSHOT', () => {
    const extra = readConfig({ ATLAS_SOURCES: 'ops=crds:test-data/crds' }).sources[1];
    expect(extra).toEqual({
      kind: 'crds',
      name: 'ops',
      directory: path.resolve('test-data/crds'),
      base: path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.36'),
    });
    expect(readConfig({ ATLAS_SOURCES: 'crds:x', ATLAS_CRDS_BASE: 'snapshots/kubernetes-1.28' }).sources[1]).toMatchObject({
      name: 'x',
      base: path.resolve('snapshots/kubernetes-1.28'),
    });
    expect(readConfig({ ATLAS_CRDS: 'test-data/crds', ATLAS_SNAPSHOT: 'snapshots/kubernetes-1.28', ATLAS_EXPORT: '1' }).sources[0]).toEqual({
      kind: 'crds',
      name: 'crds',
      directory: path.resolve('test-data/crds'),
      base: path.resolve('snapshots/kubernetes-1.28'),
    });
    expect(() => readConfig({ ATLAS_CRDS: 'x', ATLAS_SERVER_URL: 'http://127.0.0.1:8001' })).toThrow(
      /ATLAS_CRDS .* cannot be combined with a live source/,
    );
  });
});
