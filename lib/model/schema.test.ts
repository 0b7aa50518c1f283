import { describe, expect, it } from 'vitest';
import { readFixtureJson } from '../../test-support/fixtures';
import { buildFieldTree, countFields, findField, type FieldNode } from './schema';
import { typeLabel, type Schema } from './schema-types';

const definitions = (readFixtureJson('kubernetes-1.36/openapi-v2.json') as { definitions: Record<string, Schema> }).definitions;
const JSON_SCHEMA_PROPS = 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps';

function walk(nodes: readonly FieldNode[], visit: (node: FieldNode) => void): void {
  for (const node of nodes) {
    visit(node);
    if (node.children) walk(node.children, visit);
  }
}

describe('field trees', () => {
  it('stops the JSONSchemaProps cycle with a link instead of looping', () => {
    const tree = buildFieldTree(definitions, JSON_SCHEMA_PROPS);
    const properties = findField(tree, 'properties')!;
    expect(properties.type).toBe('map[string]JSONSchemaProps');
    expect(properties.children).toBeUndefined();
    expect(properties.stop).toEqual({ reason: 'cycle', definition: JSON_SCHEMA_PROPS, path: '' });
    expect(findField(tree, 'items')!.stop).toBeUndefined(); // JSONSchemaPropsOrArray has no properties: a leaf
    expect(countFields(tree)).toBeLessThan(60);
  });

  it('stops the cycle inside a CRD deep in the tree and links to where it was expanded', () => {
    const tree = buildFieldTree(definitions, 'io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition');
    const schema = findField(tree, 'spec.versions.schema.openAPIV3Schema')!;
    expect(schema.definition).toBe(JSON_SCHEMA_PROPS);
    expect(findField(tree, 'spec.versions.schema.openAPIV3Schema.properties')!.stop).toEqual({
      reason: 'cycle',
      definition: JSON_SCHEMA_PROPS,
      path: 'spec.versions.schema.openAPIV3Schema',
    });
  });

  it('does not mark Pod status.phase deprecated: only an enum value line says "Deprecated:"', () => {
    const tree = buildFieldTree(definitions, 'io.k8s.api.core.v1.Pod');
    expect(findField(tree, 'status.phase')!.deprecated).toBeUndefined();
    expect(findField(tree, 'spec.serviceAccount')!.deprecated).toBe(true);
  });

  it('reads Deployment fields with descriptions, required flags, formats and Kubernetes hints', () => {
    const tree = buildFieldTree(definitions, 'io.k8s.api.apps.v1.Deployment');
    expect(tree.map((f) => f.name)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(findField(tree, 'spec.replicas')).toMatchObject({
      type: 'integer',
      format: 'int32',
      required: false,
      description: expect.stringContaining('Number of desired pods'),
    });
    expect(findField(tree, 'spec.selector')).toMatchObject({ required: true, type: 'LabelSelector' });
    expect(findField(tree, 'spec.template.spec.containers')).toMatchObject({
      type: '[]Container',
      required: true,
      hints: expect.arrayContaining([
        { key: 'x-kubernetes-list-type', value: 'map' },
        { key: 'x-kubernetes-list-map-keys', value: '["name"]' },
        { key: 'x-kubernetes-patch-strategy', value: 'merge' },
        { key: 'x-kubernetes-patch-merge-key', value: 'name' },
      ]),
    });
    expect(findField(tree, 'spec.template.spec.containers.imagePullPolicy')!.enum).toEqual(['Always', 'IfNotPresent', 'Never']);
    expect(findField(tree, 'spec.template.spec.resources.limits')!.type).toBe('map[string]Quantity');
    expect(findField(tree, 'spec.template.spec.containers.resources')!.stop).toMatchObject({
      reason: 'repeat',
      path: 'spec.template.spec.resources',
    });
  });

  it('expands each definition once (shallowest first); later uses point to it', () => {
    const tree = buildFieldTree(definitions, 'io.k8s.api.core.v1.Pod');
    expect(findField(tree, 'spec.containers')!.children).toBeDefined();
    expect(findField(tree, 'spec.initContainers')!.stop).toEqual({
      reason: 'repeat',
      definition: 'io.k8s.api.core.v1.Container',
      path: 'spec.containers',
    });
    const seen = new Map<string, string>();
    walk(tree, (node) => {
      if (!node.children || !node.definition) return;
      expect(seen.get(node.definition), `${node.definition} expanded at ${seen.get(node.definition)} and ${node.path}`).toBeUndefined();
      seen.set(node.definition, node.path);
    });
  });

  it('keeps to a field budget, cutting the deepest levels first', () => {
    const full = buildFieldTree(definitions, 'io.k8s.api.core.v1.Pod');
    const small = buildFieldTree(definitions, 'io.k8s.api.core.v1.Pod', { maxFields: 300 });
    expect(countFields(full)).toBeGreaterThan(500);
    expect(countFields(small)).toBeLessThanOrEqual(300);
    expect(findField(small, 'spec.containers.image')).toBeDefined();
    const cut: FieldNode[] = [];
    walk(small, (node) => node.stop?.reason === 'limit' && cut.push(node));
    expect(cut.length).toBeGreaterThan(0);
    expect(Math.min(...cut.map((n) => n.path.split('.').length))).toBeGreaterThanOrEqual(2);
    const deployment = buildFieldTree(definitions, 'io.k8s.api.apps.v1.Deployment', { maxFields: 300 });
    expect(findField(deployment, 'spec.template.spec.containers.image')).toBeDefined();
  });

  it('returns nothing for an unknown definition and survives a dangling $ref', () => {
    expect(buildFieldTree(definitions, 'no.such.Thing')).toEqual([]);
    const tree = buildFieldTree({ A: { type: 'object', properties: { b: { $ref: '#/definitions/Missing' } } } }, 'A');
    expect(tree).toEqual([{ name: 'b', path: 'b', type: 'Missing', required: false, definition: 'Missing' }]);
  });
});

describe('type labels', () => {
  it('reads like kubectl explain', () => {
    expect(typeLabel({ type: 'array', items: { $ref: '#/definitions/io.k8s.api.core.v1.Container' } })).toBe('[]Container');
    expect(typeLabel({ type: 'object', additionalProperties: { type: 'string' } })).toBe('map[string]string');
    expect(typeLabel({ 'x-kubernetes-int-or-string': true, anyOf: [{ type: 'integer' }, { type: 'string' }] } as Schema)).toBe('int-or-string');
    expect(typeLabel({ allOf: [{ $ref: '#/definitions/a.b.C' }] })).toBe('C');
    expect(typeLabel({})).toBe('any');
  });
});
