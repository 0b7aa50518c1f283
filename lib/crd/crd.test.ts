import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../errors';
import { CRDS } from '../../test-support/fixtures';
import { aggregatedGroupsForCrds, legacyGroupsForCrds, resourceListForCrds, servedGroups, storageVersionHash } from './discovery';
import { crdDefinitionName, crdOpenApiV2 } from './openapi-v2';
import { parseCrdYaml } from './parse';
import { crdSchemaToOpenApiV2 } from './schema-v2';
import type { CustomResourceDefinition } from './types';

function fixture(relative: string): CustomResourceDefinition {
  const file = path.join(CRDS, relative);
  return parseCrdYaml(readFileSync(file, 'utf8'), file)[0]!;
}

let all: CustomResourceDefinition[] | undefined;
/** All CRDs of the test data (test-data/crds: 27 real CRDs from 11 projects, parsed once per file). */
function allFixtureCrds(): CustomResourceDefinition[] {
  all ??= readdirSync(CRDS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(CRDS, d.name))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => fixture(path.join(d.name, f))),
    );
  return all;
}

describe('the v2 conversion of CRD schemas (apiextensions-apiserver ToStructuralOpenAPIV2 + default pruning)', () => {
  const converted = crdSchemaToOpenApiV2({
    type: 'object',
    required: ['spec'],
    properties: {
      spec: {
        type: 'object',
        description: 'the spec',
        required: ['port', 'maybe', 'size'],
        properties: {
          port: { 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }], default: 80 },
          maybe: { type: 'object', nullable: true, properties: { a: { type: 'string' } } },
          size: { type: 'integer', format: 'int32', minimum: 1, default: 3, example: 5 },
          mode: { type: 'string', enum: ['A', 'B'], oneOf: [{ pattern: 'A' }], not: { pattern: 'C' } },
          free: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { x: { type: 'string' } } },
          list: { type: 'array', 'x-kubernetes-preserve-unknown-fields': true, items: { type: 'string' } },
          rules: {
            type: 'array',
            items: { type: 'string' },
            'x-kubernetes-validations': [{ rule: 'self.size() < 5' }],
            'x-kubernetes-list-type': 'set',
          },
          template: { type: 'object', 'x-kubernetes-embedded-resource': true, properties: { spec: { type: 'object' } } },
        },
      },
    },
  });
  const spec = (converted.properties as Record<string, Record<string, unknown>>).spec!;
  const props = spec.properties as Record<string, Record<string, unknown>>;

  it('drops anyOf/oneOf/not and keeps x-kubernetes-int-or-string without a type', () => {
    expect(props.port).toEqual({ 'x-kubernetes-int-or-string': true });
    expect(props.mode).toEqual({ type: 'string', enum: ['A', 'B'] });
  });

  it('prunes defaults and fields a structural schema does not keep', () => {
    expect(props.size).toEqual({ type: 'integer', format: 'int32', minimum: 1 });
  });

  it('strips type, properties and required-ness of nullable fields', () => {
    expect(props.maybe).toEqual({});
    expect(spec.required).toEqual(['port', 'size']);
  });

  it('drops properties and items under x-kubernetes-preserve-unknown-fields, and the type of an array left without items', () => {
    expect(props.free).toEqual({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true });
    expect(props.list).toEqual({ 'x-kubernetes-preserve-unknown-fields': true });
    expect(props.rules).toMatchObject({
      type: 'array',
      items: { type: 'string' },
      'x-kubernetes-list-type': 'set',
      'x-kubernetes-validations': [{ rule: 'self.size() < 5' }],
    });
  });

  it('gives embedded resources and the root apiVersion, kind and metadata', () => {
    expect(Object.keys(props.template!.properties as object).sort()).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(props.template!.required).toEqual(['kind', 'apiVersion']);
    expect((converted.properties as Record<string, unknown>).metadata).toEqual({
      $ref: '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta',
      description: expect.stringMatching(/^Standard object's metadata/),
    });
  });

  it('publishes a schema-less or unknown-fields-preserving kind as a bare object', () => {
    expect(crdSchemaToOpenApiV2(undefined)).toEqual({ type: 'object' });
    expect(crdSchemaToOpenApiV2({ type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { a: {} } })).toEqual({ type: 'object' });
  });
});

describe('what a server publishes for real CRDs', () => {
  it('cert-manager Certificate: discovery with short names, categories and the status subresource', () => {
    const certificate = fixture('cert-manager/certificates.cert-manager.io.yaml');
    const [group] = aggregatedGroupsForCrds([certificate]) as Array<{
      metadata: { name: string };
      versions: Array<{ version: string; resources: unknown[] }>;
    }>;
    expect(group?.metadata.name).toBe('cert-manager.io');
    expect(group?.versions[0]?.resources[0]).toEqual({
      resource: 'certificates',
      responseKind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' },
      scope: 'Namespaced',
      singularResource: 'certificate',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['cert', 'certs'],
      categories: ['cert-manager'],
      subresources: [
        { subresource: 'status', responseKind: { group: 'cert-manager.io', version: 'v1', kind: 'Certificate' }, verbs: ['get', 'patch', 'update'] },
      ],
    });
    const legacy = resourceListForCrds(servedGroups([certificate])[0]!.versions[0]!) as { resources: Array<{ name: string }> };
    expect(legacy.resources.map((r) => r.name)).toEqual(['certificates', 'certificates/status']);
    expect(storageVersionHash(certificate)).toMatch(/^[A-Za-z0-9+/]{11}=$/);
  });

  it('only served versions appear, in Kubernetes version priority order (the first is preferred)', () => {
    const tcproutes = fixture('gateway-api/tcproutes.gateway.networking.k8s.io.yaml');
    expect(tcproutes.spec.versions.map((v) => [v.name, v.served])).toEqual([
      ['v1', true],
      ['v1alpha2', false],
    ]);
    const [group] = legacyGroupsForCrds([tcproutes]);
    expect(group?.versions.map((v) => v.version)).toEqual(['v1']);
    const kyverno = legacyGroupsForCrds(allFixtureCrds().filter((c) => c.spec.group === 'kyverno.io'))[0];
    expect(kyverno?.preferredVersion.version).toBe('v2');
    expect(kyverno?.versions.map((v) => v.version)).toEqual(['v2', 'v1', 'v2beta1', 'v2alpha1']);
  });

  it('paths and operation ids follow kube-openapi for namespaced resources with status and scale', () => {
    const rollouts = fixture('argo-rollouts/rollouts.argoproj.io.yaml');
    const { definitions, paths } = crdOpenApiV2(rollouts, 'v1alpha1');
    expect(Object.keys(definitions)).toEqual(['io.argoproj.v1alpha1.Rollout', 'io.argoproj.v1alpha1.RolloutList']);
    expect(Object.keys(paths)).toEqual([
      '/apis/argoproj.io/v1alpha1/namespaces/{namespace}/rollouts',
      '/apis/argoproj.io/v1alpha1/namespaces/{namespace}/rollouts/{name}',
      '/apis/argoproj.io/v1alpha1/namespaces/{namespace}/rollouts/{name}/scale',
      '/apis/argoproj.io/v1alpha1/namespaces/{namespace}/rollouts/{name}/status',
      '/apis/argoproj.io/v1alpha1/rollouts',
    ]);
    const item = paths['/apis/argoproj.io/v1alpha1/namespaces/{namespace}/rollouts/{name}'] as Record<
      string,
      { operationId: string; 'x-kubernetes-action': string }
    >;
    expect(item.get?.operationId).toBe('readArgoprojIoV1alpha1NamespacedRollout');
    expect(item.patch?.['x-kubernetes-action']).toBe('patch');
    const list = paths['/apis/argoproj.io/v1alpha1/rollouts'] as Record<string, { operationId: string }>;
    expect(list.get?.operationId).toBe('listArgoprojIoV1alpha1RolloutForAllNamespaces');
    expect(crdDefinitionName({ group: 'cert-manager.io', version: 'v1', kind: 'Certificate' })).toBe('io.cert-manager.v1.Certificate');
  });

  // Golden figures for test-data/crds. The whole shared set (345 CRDs) gave 890 definitions, 1571 paths and
  // 4518 operations here, as the shared fixtures' README measured on a real server.
  it('the 27 test-data CRDs publish 78 definitions, 141 paths and 402 operations in 11 groups', () => {
    const crds = allFixtureCrds();
    expect(crds).toHaveLength(27);
    const definitions = new Set<string>();
    const paths: Record<string, object> = {};
    for (const crd of crds) {
      for (const version of crd.spec.versions) {
        const published = crdOpenApiV2(crd, version.name);
        for (const name of Object.keys(published.definitions)) definitions.add(name);
        Object.assign(paths, published.paths);
      }
    }
    const operations = Object.values(paths).reduce((n, item) => n + Object.keys(item).filter((k) => k !== 'parameters').length, 0);
    expect([definitions.size, Object.keys(paths).length, operations]).toEqual([78, 141, 402]);
    expect(servedGroups(crds)).toHaveLength(11);
  });

  it('rejects a document that is not a CRD, naming the file', () => {
    expect(() => parseCrdYaml('apiVersion: v1\nkind: ConfigMap\n', 'cm.yaml')).toThrow(DecodeError);
    expect(() => parseCrdYaml('apiVersion: v1\nkind: ConfigMap\n', 'cm.yaml')).toThrow(/cm\.yaml: not a valid CustomResourceDefinition/);
  });
});
