/**
 * What kube-apiserver serves under `/openapi/v3`: one document per
 * group-version, listed with hash URLs by the `/openapi/v3` discovery
 * document. For CRDs, apiextensions-apiserver publishes in v3 the structural
 * schema itself (`BuildOpenAPIV3`: no v2 conversion), so `nullable`,
 * `default`, `oneOf`/`anyOf`/`allOf`/`not`, `x-kubernetes-validations` and
 * `x-kubernetes-preserve-unknown-fields` are kept; the root gains
 * `apiVersion`, `kind` and `metadata` (ObjectMeta through a single `allOf`,
 * as kube-openapi writes a `$ref` with siblings in v3). Refs are
 * `#/components/schemas/NAME`. Pure.
 */
import { createHash } from 'node:crypto';
import { operationsToV3 } from '../openapi/operations-to-v3';
import { crdDefinitionName, crdOpenApiV2 } from './openapi-v2';
import { API_VERSION_PROPERTY, KIND_PROPERTY, LIST_METADATA_DESCRIPTION, METADATA_DESCRIPTION } from './schema-v2';
import type { CustomResourceDefinition, JsonSchema } from './types';

export const V3_REF_PREFIX = '#/components/schemas/';
const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
const LIST_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta';

const refTo = (definition: string) => ({ $ref: `${V3_REF_PREFIX}${definition}` });

/** A v2 value with every `#/definitions/` ref rewritten to `#/components/schemas/`: the only difference kube-openapi makes for plain schemas. */
export function v2RefsToV3<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', `"${V3_REF_PREFIX}`)) as T;
}

/** The kind and list schemas of one served version of a CRD, as `components.schemas` entries. */
export function crdOpenApiV3Schemas(crd: CustomResourceDefinition, version: string): Record<string, JsonSchema> {
  const { group, names } = crd.spec;
  const served = crd.spec.versions.find((v) => v.name === version && v.served);
  if (!served) return {};
  const kind = names.kind;
  const listKind = names.listKind ?? `${kind}List`;
  const schema = (served.schema?.openAPIV3Schema ?? { type: 'object' }) as JsonSchema;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const kindSchema: JsonSchema = {
    ...schema,
    type: 'object',
    properties: {
      ...properties,
      apiVersion: { ...API_VERSION_PROPERTY, ...(properties.apiVersion ?? {}) },
      kind: { ...KIND_PROPERTY, ...(properties.kind ?? {}) },
      metadata: { description: METADATA_DESCRIPTION, allOf: [refTo(OBJECT_META)] },
    },
    'x-kubernetes-group-version-kind': [{ group, version, kind }],
  };
  const listSchema: JsonSchema = {
    description: `${listKind} is a list of ${kind}`,
    type: 'object',
    required: ['items'],
    properties: {
      apiVersion: API_VERSION_PROPERTY,
      items: {
        description: `List of ${names.plural}. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md`,
        type: 'array',
        items: refTo(crdDefinitionName({ group, version, kind })),
      },
      kind: KIND_PROPERTY,
      metadata: { description: LIST_METADATA_DESCRIPTION, allOf: [refTo(LIST_META)] },
    },
    'x-kubernetes-group-version-kind': [{ group, version, kind: listKind }],
  };
  return { [crdDefinitionName({ group, version, kind })]: kindSchema, [crdDefinitionName({ group, version, kind: listKind })]: listSchema };
}

/** Every `#/components/schemas/` name `value` refers to, followed through `pool`, transitively. */
export function reachableSchemas(value: unknown, pool: Record<string, unknown>): Set<string> {
  const reached = new Set<string>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === '$ref' && typeof child === 'string' && child.startsWith(V3_REF_PREFIX)) {
        const name = child.slice(V3_REF_PREFIX.length);
        if (!reached.has(name) && name in pool) {
          reached.add(name);
          stack.push(pool[name]);
        }
      } else {
        stack.push(child);
      }
    }
  }
  return reached;
}

/**
 * One group-version document: its schemas plus the shared ones (ObjectMeta, ...) they reach in `shared`, and its
 * operations in v3 form (request bodies and responses with `content` per media type; lib/openapi/operations-to-v3.ts),
 * with the v2 shared `parameters` they refer to as `components.parameters`.
 */
export function openApiV3Document(
  title: string,
  part: { schemas: Record<string, unknown>; paths: Record<string, unknown>; parameters?: Record<string, unknown> },
  shared: Record<string, unknown>,
): Record<string, unknown> {
  const all: Record<string, unknown> = { ...part.schemas };
  for (const name of reachableSchemas(part.schemas, shared)) if (!(name in all)) all[name] = shared[name];
  const sorted = Object.fromEntries(
    Object.keys(all)
      .sort()
      .map((name) => [name, all[name]]),
  );
  const operations = operationsToV3(part.paths, part.parameters ? { parameters: part.parameters } : {});
  const components = Object.keys(operations.parameters).length > 0 ? { schemas: sorted, parameters: operations.parameters } : { schemas: sorted };
  return { openapi: '3.0.0', info: { title, version: 'unversioned' }, paths: operations.paths, components };
}

/** kube-openapi's hash of a group-version document: uppercase hex SHA-512 of its bytes. */
export function openApiV3Hash(body: Uint8Array | string): string {
  return createHash('sha512').update(body).digest('hex').toUpperCase();
}

/** Every CRD group-version as `apis/GROUP/VERSION` → its kind and list schemas and its paths (several CRDs may share one). */
export function crdOpenApiV3ByGroupVersion(
  crds: readonly CustomResourceDefinition[],
): Map<string, { schemas: Record<string, JsonSchema>; paths: Record<string, unknown> }> {
  const out = new Map<string, { schemas: Record<string, JsonSchema>; paths: Record<string, unknown> }>();
  for (const crd of crds) {
    for (const version of crd.spec.versions) {
      if (!version.served) continue;
      const key = `apis/${crd.spec.group}/${version.name}`;
      const entry = out.get(key) ?? { schemas: {}, paths: {} };
      Object.assign(entry.schemas, crdOpenApiV3Schemas(crd, version.name));
      Object.assign(entry.paths, crdOpenApiV2(crd, version.name).paths);
      out.set(key, entry);
    }
  }
  return out;
}
