import { describe, expect, it } from 'vitest';
import { readFixtureJson } from '../../test-support/fixtures';
import { embeddedModel } from '../../test-support/model';
import { buildFieldTree, countFields } from './schema';
import { buildSchemaStore, schemaOrigin } from './schema-store';
import type { Schema } from './schema-types';

const v2 = readFixtureJson('kubernetes-1.36/openapi-v2.json') as { definitions: Record<string, Schema> };
const DEPLOYMENT = 'io.k8s.api.apps.v1.Deployment';

/**
 * A v3 group-version document made for this test from the real v2 one: the
 * definitions apps/v1 reaches, with refs rewritten to `#/components/schemas/`
 * as kube-openapi writes them in v3.
 */
function appsV1AsV3(): { path: string; components: { schemas: Record<string, unknown> } } {
  const text = JSON.stringify(v2.definitions).replaceAll('#/definitions/', '#/components/schemas/');
  const all = JSON.parse(text) as Record<string, unknown>;
  const schemas = Object.fromEntries(Object.entries(all).filter(([name]) => name.startsWith('io.k8s.api.apps.v1.') || name.includes('.meta.v1.')));
  return { path: '/openapi/v3/apis/apps/v1', components: { schemas } };
}

describe('the schema store', () => {
  it('holds the v2 definitions as published, each marked as read from /openapi/v2', () => {
    const store = buildSchemaStore({ v2: { definitions: v2.definitions } });
    expect(Object.keys(store.definitions)).toHaveLength(771);
    expect(store.definitions[DEPLOYMENT]).toBe(v2.definitions[DEPLOYMENT]);
    expect(schemaOrigin(store, DEPLOYMENT)).toEqual({ path: '/openapi/v2', format: 'OpenAPI v2' });
    expect(schemaOrigin(store, 'no.such.Definition')).toBeUndefined();
  });

  it('prefers v3 components.schemas and fills in the rest from v2', () => {
    const part = appsV1AsV3();
    const store = buildSchemaStore({ v3: [part], v2: { definitions: v2.definitions } });
    expect(Object.keys(store.definitions)).toHaveLength(771);
    expect(store.definitions[DEPLOYMENT]).toBe(part.components.schemas[DEPLOYMENT]);
    expect(schemaOrigin(store, DEPLOYMENT)?.path).toBe('/openapi/v3/apis/apps/v1');
    expect(schemaOrigin(store, 'io.k8s.api.core.v1.PodSpec')?.path).toBe('/openapi/v2');
  });

  it('gives the same field tree from v3 refs (#/components/schemas/) as from v2 refs', () => {
    const fromV2 = buildSchemaStore({ v2: { definitions: v2.definitions } });
    const text = JSON.stringify(v2.definitions).replaceAll('#/definitions/', '#/components/schemas/');
    const fromV3 = buildSchemaStore({ v3: [{ path: '/openapi/v3/all', components: { schemas: JSON.parse(text) as Record<string, unknown> } }] });
    const a = buildFieldTree(fromV2.definitions, DEPLOYMENT);
    const b = buildFieldTree(fromV3.definitions, DEPLOYMENT);
    expect(countFields(b)).toBeGreaterThan(100);
    expect(b).toStrictEqual(a);
  });

  it('skips entries that are not schemas, as the model always has', () => {
    const store = buildSchemaStore({ v3: [{ path: '/openapi/v3/x', components: { schemas: { a: 1, b: [], c: { type: 'string' } } } }] });
    expect(Object.keys(store.definitions)).toEqual(['c']);
  });

  it('is what the model of the embedded 1.36 snapshot carries: every definition from /openapi/v2', async () => {
    const model = await embeddedModel();
    expect(model.schemaSources.documents).toEqual([{ path: '/openapi/v2', format: 'OpenAPI v2' }]);
    expect(new Set(Object.values(model.schemaSources.origin))).toEqual(new Set([0]));
    expect(Object.keys(model.schemaSources.origin)).toHaveLength(Object.keys(model.definitions).length);
  });
});
