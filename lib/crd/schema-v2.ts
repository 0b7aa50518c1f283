/**
 * The lossy conversion apiextensions-apiserver applies to a CRD's OpenAPI v3
 * schema before publishing it in `/openapi/v2` (its controller/openapi
 * builder, `v2.ToStructuralOpenAPIV2`, and the default pruning done before
 * merging with the built-in spec):
 *
 * - `allOf`, `oneOf`, `anyOf` and `not` are dropped (v2 clients such as
 *   kubectl cannot cope with them), so `x-kubernetes-int-or-string` fields
 *   keep only the extension and no type;
 * - a `nullable` schema loses its type, items and properties (v2 has no null),
 *   and a nullable property is no longer `required` by its parent; a nullable
 *   `additionalProperties` drops the parent's `required` list;
 * - `x-kubernetes-preserve-unknown-fields` drops items and properties, and an
 *   array left without items loses its type;
 * - `default` is pruned everywhere; fields a structural schema does not keep
 *   (`example`, `externalDocs`, `id`, `$schema`, ...) are gone;
 * - `x-kubernetes-embedded-resource` objects gain apiVersion, kind and
 *   metadata (unless they preserve unknown fields).
 *
 * The root gets `metadata` (ObjectMeta), `apiVersion` and `kind`, or is just
 * `{type: object}` when the schema is missing or preserves unknown fields.
 */
import type { JsonSchema } from './types';

export const OBJECT_META_REF = '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
export const LIST_META_REF = '#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta';
export const METADATA_DESCRIPTION =
  "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
export const LIST_METADATA_DESCRIPTION =
  'Standard list metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata';
export const API_VERSION_PROPERTY = {
  description:
    'APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources',
  type: 'string',
};
export const KIND_PROPERTY = {
  description:
    'Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds',
  type: 'string',
};
const EMBEDDED_API_VERSION_DESCRIPTION =
  'apiVersion defines the versioned schema of this representation of an object. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources';
const EMBEDDED_KIND_DESCRIPTION =
  'kind is a string value representing the type of this object. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds';

/** Keys a structural schema keeps (besides properties, items, additionalProperties and x-kubernetes-*). */
const KEPT_KEYS = new Set([
  'type',
  'format',
  'title',
  'description',
  'required',
  'enum',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'maxItems',
  'minItems',
  'uniqueItems',
  'multipleOf',
  'maxProperties',
  'minProperties',
]);

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Converts one schema node (and its subtree) the way ToStructuralOpenAPIV2 + PruneDefaults do. */
function convert(schema: JsonSchema, depth: number): JsonSchema {
  // CRD schemas cannot recurse ($ref is forbidden), but a hostile one can be deep.
  if (depth > 200) return {};
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (KEPT_KEYS.has(key) || (key.startsWith('x-kubernetes-') && value !== false)) out[key] = value;
  }
  const preserveUnknown = schema['x-kubernetes-preserve-unknown-fields'] === true;
  const nullable = schema.nullable === true;
  let properties = isSchema(schema.properties) ? (schema.properties as Record<string, JsonSchema>) : undefined;
  let items = isSchema(schema.items) ? schema.items : undefined;

  if (nullable || preserveUnknown) {
    // Untyped values and unknown fields break kubectl when items/properties are set.
    if (nullable) delete out.type;
    properties = undefined;
    items = undefined;
  }
  if (Array.isArray(out.required) && properties) {
    const nullableProps = new Set(
      Object.entries(properties)
        .filter(([, p]) => isSchema(p) && p.nullable === true)
        .map(([name]) => name),
    );
    const required = (out.required as string[]).filter((name) => !nullableProps.has(name));
    if (required.length > 0) out.required = required;
    else delete out.required;
  }
  if (isSchema(schema.additionalProperties) && schema.additionalProperties.nullable === true) delete out.required;

  if (properties) {
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, child]) => [name, isSchema(child) ? convert(child, depth + 1) : child]),
    );
  }
  if (items) out.items = convert(items, depth + 1);
  else if (out.type === 'array') delete out.type; // kubectl cannot cope with an array without an item schema
  if (!(nullable || preserveUnknown) && schema.additionalProperties !== undefined) {
    out.additionalProperties = isSchema(schema.additionalProperties) ? convert(schema.additionalProperties, depth + 1) : schema.additionalProperties;
  }
  if (schema['x-kubernetes-embedded-resource'] === true && !preserveUnknown) {
    const props = (out.properties ?? {}) as Record<string, JsonSchema>;
    out.properties = {
      ...props,
      apiVersion: { ...API_VERSION_PROPERTY, description: EMBEDDED_API_VERSION_DESCRIPTION },
      kind: { ...KIND_PROPERTY, description: EMBEDDED_KIND_DESCRIPTION },
      metadata: { $ref: OBJECT_META_REF, description: METADATA_DESCRIPTION },
    };
    const required = new Set([...((out.required as string[] | undefined) ?? []), 'kind', 'apiVersion']);
    out.required = [...required];
  }
  return out;
}

/**
 * The `/openapi/v2` definition of a custom resource kind from its CRD
 * version schema (undefined when the version has none).
 */
export function crdSchemaToOpenApiV2(schema: JsonSchema | undefined, options: { preserveUnknownFields?: boolean } = {}): JsonSchema {
  if (!schema || schema['x-kubernetes-preserve-unknown-fields'] === true || options.preserveUnknownFields) {
    // kubectl would otherwise assume additionalProperties=false and reject unknown fields.
    return { type: 'object' };
  }
  const out = convert(schema, 0);
  out.properties = {
    ...((out.properties ?? {}) as Record<string, JsonSchema>),
    apiVersion: API_VERSION_PROPERTY,
    kind: KIND_PROPERTY,
    metadata: { $ref: OBJECT_META_REF, description: METADATA_DESCRIPTION },
  };
  return out;
}

/** Recursively sorts object keys, as Go's JSON encoder writes maps: generated documents then diff cleanly. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (!isSchema(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys(value[key])]),
  ) as T;
}
