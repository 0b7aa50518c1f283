/**
 * A minimal manifest for a resource, built from its schema: apiVersion, kind,
 * metadata.name (and namespace when namespaced), `spec`, and every required
 * field below, recursively, with a placeholder of the field's type
 * (`<image>` for strings, 1 for numbers, false for booleans, the first enum
 * value, one item for lists). A few conventions make it apply as is where
 * the schema alone is not enough: a label selector and the pod template's
 * labels match, a template has its spec, a container has an image.
 */
import { stringify } from 'yaml';
import { groupVersionName } from './paths';
import { childObject, type ObjectSchema } from './schema';
import { refOf, shortDefinitionName, type Schema } from './schema-types';
import type { ApiResource } from './types';
import { exampleName, EXAMPLE_NAMESPACE } from './kubectl';

type Definitions = Record<string, Schema>;

/** Fields to include though the schema does not require them, by definition short name. */
const CONVENTIONAL_FIELDS: Record<string, string[]> = {
  PodTemplateSpec: ['metadata', 'spec'],
  JobTemplateSpec: ['spec'],
  Container: ['image'],
};

const MAX_DEPTH = 12;

interface Context {
  definitions: Definitions;
  /** `app: my-deployment`: the label a selector and its template share. */
  labels: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolved(definitions: Definitions, schema: Schema): Schema {
  const ref = refOf(schema);
  return ref ? (definitions[ref] ?? {}) : schema;
}

function placeholder(context: Context, name: string, property: Schema, depth: number, stack: readonly string[]): unknown {
  const schema = resolved(context.definitions, property);
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if (schema.type === 'array') {
    const items = isObject(schema.items) ? (schema.items as Schema) : {};
    return [placeholder(context, name, items, depth, stack)];
  }
  const object = childObject(context.definitions, property);
  if (object && !(schema.additionalProperties && !schema.properties)) return objectValue(context, object, depth + 1, stack);
  if (schema.type === 'object' || schema.additionalProperties) return {};
  if ((schema as Record<string, unknown>)['x-kubernetes-int-or-string'] === true) return 1;
  switch (schema.type) {
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' && schema.minimum > 1 ? schema.minimum : 1;
    case 'boolean':
      return false;
    case 'string':
      return schema.format === 'date-time' ? '2025-01-01T00:00:00Z' : `<${name}>`;
    default:
      return `<${name}>`;
  }
}

function objectValue(context: Context, object: ObjectSchema, depth: number, stack: readonly string[]): Record<string, unknown> {
  const short = object.definition ? shortDefinitionName(object.definition) : '';
  if (short === 'LabelSelector') return { matchLabels: { ...context.labels } };
  if (short === 'ObjectMeta') return { labels: { ...context.labels } };
  if (depth > MAX_DEPTH || (object.definition && stack.includes(object.definition))) return {};
  const inner = object.definition ? [...stack, object.definition] : stack;
  const properties = isObject(object.schema.properties) ? object.schema.properties : {};
  const wanted = new Set([...(Array.isArray(object.schema.required) ? object.schema.required : []), ...(CONVENTIONAL_FIELDS[short] ?? [])]);
  const value: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (wanted.has(name) && isObject(property)) value[name] = placeholder(context, name, property as Schema, depth, inner);
  }
  return value;
}

/** The skeleton as YAML; `root` is the resource's schema (none: apiVersion, kind and metadata only). */
export function manifestSkeleton(
  definitions: Definitions,
  resource: Pick<ApiResource, 'group' | 'version' | 'kind' | 'name' | 'singular' | 'scope'>,
  root: ObjectSchema | undefined,
): string {
  const name = exampleName(resource);
  const context: Context = { definitions, labels: { app: name } };
  const manifest: Record<string, unknown> = {
    apiVersion: groupVersionName(resource.group, resource.version),
    kind: resource.kind,
    metadata: { name, ...(resource.scope === 'Namespaced' ? { namespace: EXAMPLE_NAMESPACE } : {}) },
  };
  if (root) {
    const properties = isObject(root.schema.properties) ? root.schema.properties : {};
    const required = new Set(Array.isArray(root.schema.required) ? root.schema.required : []);
    for (const [field, property] of Object.entries(properties)) {
      if (field in manifest || !isObject(property)) continue;
      if (field === 'spec' || required.has(field))
        manifest[field] = placeholder(context, field, property as Schema, 0, root.definition ? [root.definition] : []);
    }
  }
  return stringify(manifest, { lineWidth: 0 });
}
