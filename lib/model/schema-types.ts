import type { OpenAPIV2 } from 'openapi-types';
import { decodeUriText } from '../site/decode';

export type Schema = OpenAPIV2.SchemaObject;

/** Where a `$ref` points in OpenAPI v2 and in v3: both name a definition of the schema store. */
const REF_PREFIXES = ['#/definitions/', '#/components/schemas/'] as const;

/** `#/definitions/io.k8s.api.core.v1.PodSpec` (v2) or `#/components/schemas/io.k8s.api.core.v1.PodSpec` (v3) → `io.k8s.api.core.v1.PodSpec`. */
export function definitionName(ref: string): string | undefined {
  const prefix = REF_PREFIXES.find((p) => ref.startsWith(p));
  if (!prefix) return undefined;
  const pointer = ref.slice(prefix.length);
  // Nearly every ref has nothing to unescape: skip the regexps and decodeURIComponent (called per parameter, response and field).
  if (!pointer.includes('~') && !pointer.includes('%')) return pointer;
  // A malformed escape (`%zz`, from a hostile document) is kept as written.
  return decodeUriText(pointer.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `io.k8s.api.core.v1.PodSpec` → `PodSpec`: the name kubectl explain shows. */
export function shortDefinitionName(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? name : name.slice(dot + 1);
}

/** The `$ref` target of a schema, looking through a single-entry `allOf` wrapper. */
export function refOf(schema: Schema | undefined): string | undefined {
  // A loop, not recursion: a hostile document can nest single `allOf`s thousands deep.
  let current = schema;
  while (current) {
    if (typeof current.$ref === 'string') return definitionName(current.$ref);
    if (!Array.isArray(current.allOf) || current.allOf.length !== 1) return undefined;
    current = current.allOf[0] as Schema | undefined;
  }
  return undefined;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first of `type` when it is a list (OpenAPI v3-style CRD schemas). */
function primaryType(schema: Schema): string | undefined {
  const type = schema.type as unknown;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

/**
 * A type label in the style of `kubectl explain`: `string`, `integer`,
 * `[]Container`, `map[string]string`, `Quantity`, `int-or-string`.
 */
export function typeLabel(schema: Schema | undefined, depth = 0): string {
  if (!schema || depth > 8) return 'any';
  const ref = refOf(schema);
  if (ref) return shortDefinitionName(ref);
  const extensions = schema as Record<string, unknown>;
  if (extensions['x-kubernetes-int-or-string'] === true) return 'int-or-string';
  const type = primaryType(schema);
  if (type === 'array') return `[]${isSchema(schema.items) ? typeLabel(schema.items as Schema, depth + 1) : 'any'}`;
  if (type === 'object' || (type === undefined && (schema.properties || schema.additionalProperties))) {
    const additional = schema.additionalProperties as unknown;
    if (isSchema(additional) && !schema.properties) return `map[string]${typeLabel(additional, depth + 1)}`;
    if (additional === true && !schema.properties) return 'map[string]any';
    return 'object';
  }
  if (type) return type;
  if (extensions['x-kubernetes-preserve-unknown-fields'] === true) return 'object';
  return 'any';
}
