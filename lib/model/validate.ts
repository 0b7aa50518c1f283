/**
 * Validates a Kubernetes object (a manifest) against the schema of its kind
 * in a model, as the API server's OpenAPI describes it: required fields,
 * unknown fields, value types and enums. Pure. Used by the tests of the
 * manifests in deploy/ against the embedded 1.36 snapshot; not a full
 * replacement for server-side validation (no CEL rules, patterns or formats).
 */
import type { ApiModel } from './types';
import { refOf, type Schema } from './schema-types';

/** Nesting beyond this is reported rather than walked (manifests are never this deep). */
const MAX_DEPTH = 64;

export interface ValidationProblem {
  /** Dotted path of the offending field: `spec.template.spec.containers[0].imagePullPolicy`. */
  path: string;
  message: string;
}

/** The definition of `apiVersion`/`kind` in the model, or why there is none. */
function definitionOf(model: ApiModel, apiVersion: unknown, kind: unknown): string | ValidationProblem {
  if (typeof apiVersion !== 'string' || typeof kind !== 'string') return { path: '', message: 'apiVersion and kind must be strings' };
  const slash = apiVersion.indexOf('/');
  const [group, version] = slash < 0 ? ['', apiVersion] : [apiVersion.slice(0, slash), apiVersion.slice(slash + 1)];
  const resource = model.groups
    .find((g) => g.name === group)
    ?.versions.find((v) => v.version === version)
    ?.resources.find((r) => r.kind === kind && r.definition);
  if (!resource?.definition) return { path: 'kind', message: `${apiVersion} ${kind} is not a kind this API serves with a schema` };
  return resource.definition;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * Published as `type: string`, but read from JSON numbers too (its
 * UnmarshalJSON accepts `cpu: 1`), as kubectl and the server do.
 */
const QUANTITY = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

function check(model: ApiModel, schema: Schema, value: unknown, path: string, depth: number, problems: ValidationProblem[]): void {
  if (depth > MAX_DEPTH) return void problems.push({ path, message: `nested deeper than ${MAX_DEPTH} levels` });
  const ref = refOf(schema);
  if (ref === QUANTITY && typeof value === 'number') return;
  if (ref) {
    const target = model.definitions[ref];
    if (!target) return void problems.push({ path, message: `schema ${ref} is missing from the document` });
    return check(model, target, value, path, depth + 1, problems);
  }
  const extensions = schema as Record<string, unknown>;
  if (value === null) return; // null clears a field in Kubernetes; the server accepts it for optional fields
  const actual = typeOf(value);
  const intOrString = extensions['x-kubernetes-int-or-string'] === true || schema.format === 'int-or-string';
  const type = typeof schema.type === 'string' ? schema.type : undefined;
  if (intOrString) {
    if (actual !== 'integer' && actual !== 'string') problems.push({ path, message: `must be an integer or a string, got ${actual}` });
    return;
  }
  if (type && !(type === actual || (type === 'number' && actual === 'integer'))) {
    return void problems.push({ path, message: `must be ${type === 'array' || type === 'integer' ? 'an' : 'a'} ${type}, got ${actual}` });
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) {
    problems.push({ path, message: `${JSON.stringify(value)} is not one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}` });
  }
  if (actual === 'array' && schema.items && !Array.isArray(schema.items)) {
    (value as unknown[]).forEach((item, i) => check(model, schema.items as Schema, item, `${path}[${i}]`, depth + 1, problems));
  }
  if (actual !== 'object') return;
  const object = value as Record<string, unknown>;
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const name of schema.required ?? []) {
    if (!(name in object)) problems.push({ path: join(path, name), message: 'is required' });
  }
  const additional = schema.additionalProperties;
  const openEnded = extensions['x-kubernetes-preserve-unknown-fields'] === true || additional === true || (!schema.properties && !additional);
  for (const [name, child] of Object.entries(object)) {
    const property = properties[name];
    if (property) check(model, property, child, join(path, name), depth + 1, problems);
    else if (additional && typeof additional === 'object') check(model, additional as Schema, child, join(path, name), depth + 1, problems);
    else if (!openEnded) problems.push({ path: join(path, name), message: 'is not a field of this schema (unknown field)' });
  }
}

/** Every problem of `object` against its kind's schema in `model` (empty: valid). */
export function validateObject(model: ApiModel, object: unknown): ValidationProblem[] {
  if (typeOf(object) !== 'object') return [{ path: '', message: `a manifest must be an object, got ${typeOf(object)}` }];
  const manifest = object as Record<string, unknown>;
  const definition = definitionOf(model, manifest.apiVersion, manifest.kind);
  if (typeof definition !== 'string') return [definition];
  const problems: ValidationProblem[] = [];
  check(model, { $ref: `#/definitions/${definition}` } as Schema, manifest, '', 0, problems);
  return problems;
}
