/**
 * Walks an OpenAPI schema into a field tree, the shape `kubectl explain
 * --recursive` shows. Every `$ref` walk keeps the stack of definitions it is
 * inside: a definition that refers back to one on the stack (JSONSchemaProps
 * does) stops with a cycle marker instead of looping. Each definition's
 * fields are expanded once per tree; later uses point at that first place
 * (`spec.initContainers` → "same fields as spec.containers"), which halves the
 * Pod tree, and optional depth and size budgets cap the rest.
 */
import { saysDeprecated } from './deprecation-text';
import { refOf, shortDefinitionName, typeLabel, type Schema } from './schema-types';

export interface FieldNode {
  name: string;
  /** Dotted path from the root object: `spec.template.spec.containers`. */
  path: string;
  type: string;
  required: boolean;
  description?: string;
  format?: string;
  /** Enum values, JSON-encoded when not strings. */
  enum?: string[];
  /** The default, JSON-encoded. */
  default?: string;
  /** The description says this field is deprecated ("Deprecated: use X instead"). */
  deprecated?: true;
  /** `x-kubernetes-*` markers and other hints (`nullable`, `readOnly`), in document order; absent when none. */
  hints?: Array<{ key: string; value: string }>;
  /**
   * Hints of the field's inline list items and map values (`items.oneOf`,
   * `items.x-kubernetes-validations`, `values.nullable`; `items.items.…` for
   * a list of lists): each entry's own constraints. Only with the
   * `itemHints` option (diffs compare them; pages do not ship them).
   */
  itemHints?: Array<{ key: string; value: string }>;
  /** The definition this field's object (or item/value) type comes from. */
  definition?: string;
  children?: FieldNode[];
  /**
   * Why children were not expanded here: `cycle` (the definition is an
   * ancestor), `repeat` (expanded elsewhere in this tree, at `path`) or
   * `limit` (beyond the depth or size budget); link to `view`, `path` or
   * the definition instead.
   */
  stop?: {
    reason: 'cycle' | 'repeat' | 'limit';
    definition?: string;
    path?: string;
    /**
     * The field view that shows this field's children at this path (a repeat's
     * or limit's own path; past a resource's view cap, the view of the same
     * object elsewhere). Set by field-views.ts linkStops.
     */
    view?: string;
  };
}

export interface FieldTreeOptions {
  /** Depth (number of path segments) beyond which nested objects are linked, not inlined. Default: unlimited. */
  maxDepth?: number;
  /**
   * How many fields the tree may hold. Objects expand breadth-first until the
   * next one would exceed it; the rest link to their definitions. Default: unlimited.
   */
  maxFields?: number;
  /**
   * Expand a definition at every use instead of once per tree (cycles still
   * stop). For diffs, which need every path; pages leave this off.
   */
  expandRepeats?: boolean;
  /** Path prefix for the returned nodes, when rendering a subtree: `spec.template`. */
  basePath?: string;
  /** Fill each node's `itemHints`. Default: false. */
  itemHints?: boolean;
  /**
   * Definitions expanded after every other object, if the budget still
   * allows (with what is below them); else they stop as past the budget
   * (`limit`). Pages use it for ObjectMeta (page-budgets.ts).
   */
  deferredDefinitions?: ReadonlySet<string>;
}

type Definitions = Record<string, Schema>;

interface Walk {
  definitions: Definitions;
  maxDepth: number;
  /** Fields that may still be added. */
  budget: number;
  /** Definition → path where its fields were first expanded (the root is ""). */
  expanded: Map<string, string>;
  expandRepeats: boolean;
  itemHints?: boolean;
  deferredDefinitions?: ReadonlySet<string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema whose properties are a field's children: the object itself, its array items or its map values. */
function containerOf(schema: Schema): Schema | undefined {
  if (isObject(schema.items) && !schema.properties) return schema.items as Schema;
  if (isObject(schema.additionalProperties) && !schema.properties) return schema.additionalProperties as Schema;
  return schema;
}

function stringify(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

const HINT_KEYS = [
  'nullable',
  'x-nullable',
  'readOnly',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minProperties',
  'maxProperties',
];

/**
 * One alternative of a oneOf/anyOf/allOf/not, in a few words ("one of these
 * shapes"): its type, or, as CRD alternatives usually constrain an object
 * whose type is given once outside, what it requires or restricts:
 * `format ipv4`, `type = IPAddress`, `requires a, b`.
 */
function shapeLabel(schema: Schema, depth = 0): string {
  if (!isObject(schema) || depth > 3) return 'any';
  if (refOf(schema) || schema.type) return typeLabel(schema);
  const parts: string[] = [];
  if (typeof schema.format === 'string') parts.push(`format ${schema.format}`);
  if (Array.isArray(schema.enum)) parts.push(`= ${schema.enum.map((v) => stringify(v)).join(' | ')}`);
  if (Array.isArray(schema.required) && schema.required.length > 0) parts.push(`requires ${schema.required.join(', ')}`);
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) parts.push(`${name} ${shapeLabel(property as Schema, depth + 1)}`);
  }
  const not = (schema as Record<string, unknown>).not;
  if (isObject(not)) parts.push(`not (${shapeLabel(not as Schema, depth + 1)})`);
  for (const key of ['anyOf', 'oneOf'] as const) {
    const list = schema[key];
    if (Array.isArray(list))
      parts.push(`${key === 'anyOf' ? 'any of' : 'one of'} (${list.map((s) => shapeLabel(s as Schema, depth + 1)).join(' | ')})`);
  }
  return parts.length > 0 ? parts.join('; ') : typeLabel(schema);
}

function hintsOf(schema: Schema): NonNullable<FieldNode['hints']> {
  const hints: NonNullable<FieldNode['hints']> = [];
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('x-kubernetes-') || HINT_KEYS.includes(key)) hints.push({ key, value: stringify(value) });
  }
  for (const combinator of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = schema[combinator];
    if (Array.isArray(list) && !(combinator === 'allOf' && list.length === 1)) {
      hints.push({ key: combinator, value: list.map((s) => shapeLabel(s as Schema)).join(' | ') });
    }
  }
  const not = (schema as Record<string, unknown>).not;
  if (isObject(not)) hints.push({ key: 'not', value: shapeLabel(not as Schema) });
  return hints;
}

/** The hints of a field's inline items and map values, at any nesting, keyed `items.KEY` / `values.KEY`; a `$ref` is its definition's own. */
function itemHintsOf(property: Schema): NonNullable<FieldNode['itemHints']> {
  const out: NonNullable<FieldNode['itemHints']> = [];
  let current: Schema = property;
  let prefix = '';
  for (let level = 0; level < MAX_CONTAINER_NESTING; level++) {
    const items: unknown = current.items;
    const values: unknown = current.additionalProperties;
    const next = isObject(items)
      ? { schema: items as Schema, name: 'items' }
      : isObject(values)
        ? { schema: values as Schema, name: 'values' }
        : undefined;
    if (!next || refOf(next.schema)) break;
    prefix = `${prefix}${next.name}.`;
    for (const hint of hintsOf(next.schema)) out.push({ key: `${prefix}${hint.key}`, value: hint.value });
    current = next.schema;
  }
  return out;
}

/** Resolves `$ref` (through single `allOf`) one level; missing targets resolve to undefined. */
function resolve(definitions: Definitions, schema: Schema): { schema: Schema; definition?: string } {
  const ref = refOf(schema);
  if (!ref) return { schema };
  const target = definitions[ref];
  return target ? { schema: target, definition: ref } : { schema: {}, definition: ref };
}

/** An object schema whose properties are fields, and the definition it comes from (none for inline objects). */
export interface ObjectSchema {
  schema: Schema;
  definition?: string;
}

/** Deepest nesting of lists and maps looked through (`map[string][]map[string]X`); real schemas use two. */
const MAX_CONTAINER_NESTING = 8;

/**
 * What a property's value is made of: the schema itself, through `$ref`, array
 * items and map values at any nesting, as kubectl explain walks them: the
 * fields of `map[string][]SecretKeySelector` are SecretKeySelector's.
 */
function innerOf(
  definitions: Definitions,
  property: Schema,
): { direct: { schema: Schema; definition?: string }; inner: { schema: Schema; definition?: string } } {
  const direct = resolve(definitions, property);
  let inner = direct;
  for (let level = 0; level < MAX_CONTAINER_NESTING; level++) {
    const container = containerOf(inner.schema);
    if (!container || container === inner.schema) break;
    inner = resolve(definitions, container);
  }
  return { direct, inner };
}

function hasProperties(schema: Schema): boolean {
  return isObject(schema.properties) && Object.keys(schema.properties).length > 0;
}

/**
 * The object whose fields are a property's children (through `$ref`, array
 * items and map values), or undefined for leaves. The index of search and
 * the field views walk the schema with this, exactly as the tree does.
 */
export function childObject(definitions: Definitions, property: Schema): ObjectSchema | undefined {
  const { inner } = innerOf(definitions, property);
  return hasProperties(inner.schema) ? inner : undefined;
}

interface Pending {
  node: FieldNode;
  schema: Schema;
  definition: string | undefined;
  depth: number;
  /** Definitions of this node's ancestors, root first: a repeat among them is a cycle. */
  stack: readonly string[];
}

/** Creates the nodes for `schema`'s properties; objects among them are returned for later expansion. */
function fieldsOf(walk: Walk, schema: Schema, prefix: string, depth: number, stack: readonly string[], pending: Pending[]): FieldNode[] {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  return Object.entries(properties).map(([name, raw]) =>
    fieldOf(walk, name, isObject(raw) ? (raw as Schema) : {}, required.has(name), prefix, depth, stack, pending),
  );
}

function fieldOf(
  walk: Walk,
  name: string,
  property: Schema,
  required: boolean,
  prefix: string,
  depth: number,
  stack: readonly string[],
  pending: Pending[],
): FieldNode {
  const path = prefix ? `${prefix}.${name}` : name;
  const { direct, inner } = innerOf(walk.definitions, property);
  const definition = inner.definition ?? direct.definition;
  const description = property.description ?? direct.schema.description;
  const hints = hintsOf(property);
  const itemHints = walk.itemHints ? itemHintsOf(property) : [];
  const node: FieldNode = {
    name,
    path,
    type: typeLabel(property),
    required,
    ...(description ? { description } : {}),
    ...((property.format ?? direct.schema.format) ? { format: (property.format ?? direct.schema.format) as string } : {}),
    ...(Array.isArray(property.enum ?? direct.schema.enum) ? { enum: (property.enum ?? direct.schema.enum ?? []).map(stringify) } : {}),
    ...(property.default !== undefined ? { default: stringify(property.default) } : {}),
    ...(hints.length > 0 ? { hints } : {}),
    ...(itemHints.length > 0 ? { itemHints } : {}),
    ...(description && saysDeprecated(description) ? { deprecated: true as const } : {}),
    ...(definition ? { definition } : {}),
  };
  if (hasProperties(inner.schema)) {
    pending.push({ node, schema: inner.schema, definition: inner.definition, depth, stack });
  }
  return node;
}

/** Ranks past every real depth: objects of deferred definitions come after all others. */
const DEFERRED_RANK = 1000;

/**
 * The order objects expand in: by depth (breadth-first), with the nested
 * objects of a resource's top-level `status` one level later than their
 * depth, and deferred definitions (and what is below them) last. Status is
 * written by the server; a reader of the page looks up `spec` first, so with
 * a budget, `spec.containers.env` (depth 3) comes before
 * `status.containerStatuses.state` (depth 3, ranked 4), and a definition
 * used in both is expanded under spec.
 */
function rankOf(walk: Walk, item: Pending): number {
  const path = item.node.path;
  const deferred = walk.deferredDefinitions;
  const isDeferred =
    deferred !== undefined && ((item.definition !== undefined && deferred.has(item.definition)) || item.stack.some((d) => deferred.has(d)));
  return item.depth + (path === 'status' || path.startsWith('status.') ? 1 : 0) + (isDeferred ? DEFERRED_RANK : 0);
}

/**
 * Expands objects in rank order (rankOf: breadth-first, status later), so
 * the shallowest use of a definition is the one that shows its fields and a
 * budget cuts the deepest levels first.
 */
function expand(walk: Walk, pending: Pending[]): void {
  const byRank: Pending[][] = [];
  const file = () => {
    for (const item of pending.splice(0)) (byRank[rankOf(walk, item)] ??= []).push(item);
  };
  file();
  for (let rank = 0; rank < byRank.length; rank++) {
    const queue = byRank[rank] ?? [];
    for (let i = 0; i < queue.length; i++) {
      const { node, schema, definition, depth, stack } = queue[i]!;
      const firstPath = definition === undefined ? undefined : walk.expanded.get(definition);
      const size = Object.keys(schema.properties ?? {}).length;
      const cycle = definition !== undefined && stack.includes(definition);
      if (definition !== undefined && firstPath !== undefined && (cycle || !walk.expandRepeats)) {
        node.stop = { reason: cycle ? 'cycle' : 'repeat', definition, path: firstPath };
      } else if (depth + 1 > walk.maxDepth || walk.budget < size) {
        node.stop = { reason: 'limit', ...(node.definition ? { definition: node.definition } : {}) };
      } else {
        if (definition !== undefined && !walk.expanded.has(definition)) walk.expanded.set(definition, node.path);
        walk.budget -= size;
        node.children = fieldsOf(walk, schema, node.path, depth + 1, definition === undefined ? stack : [...stack, definition], pending);
        file();
      }
    }
  }
}

/**
 * The fields of `definition` (a name in `definitions`) as a tree.
 * Returns an empty list when the definition has no properties.
 */
export function buildFieldTree(definitions: Definitions, definition: string, options: FieldTreeOptions = {}): FieldNode[] {
  const root = definitions[definition];
  if (!root) return [];
  return buildObjectTree(definitions, { schema: root, definition }, options);
}

/** The fields of an object schema (a definition or an inline object) as a tree; see buildFieldTree. */
export function buildObjectTree(definitions: Definitions, root: ObjectSchema, options: FieldTreeOptions = {}): FieldNode[] {
  const basePath = options.basePath ?? '';
  const walk: Walk = {
    definitions,
    maxDepth: options.maxDepth ?? Number.POSITIVE_INFINITY,
    budget: options.maxFields ?? Number.POSITIVE_INFINITY,
    expanded: new Map(root.definition === undefined ? [] : [[root.definition, basePath]]),
    expandRepeats: options.expandRepeats ?? false,
    itemHints: options.itemHints ?? false,
    ...(options.deferredDefinitions ? { deferredDefinitions: options.deferredDefinitions } : {}),
  };
  const pending: Pending[] = [];
  const stack = root.definition === undefined ? [] : [root.definition];
  const fields = fieldsOf(walk, root.schema, basePath, basePath ? basePath.split('.').length : 0, stack, pending);
  walk.budget -= fields.length;
  expand(walk, pending);
  return fields;
}

/**
 * The field at a dotted path under an object (`spec.template.spec.containers`),
 * walking through `$ref`, array items and map values: the node itself
 * (without children) and the object holding its fields, if it has any.
 * Undefined when some segment names no field.
 */
export function fieldAtPath(definitions: Definitions, root: ObjectSchema, path: string): { node: FieldNode; object?: ObjectSchema } | undefined {
  const segments = path.split('.');
  let current: ObjectSchema = root;
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]!;
    const properties = isObject(current.schema.properties) ? current.schema.properties : {};
    const raw = Object.hasOwn(properties, name) ? properties[name] : undefined;
    if (!isObject(raw)) return undefined;
    const property = raw as Schema;
    const object = childObject(definitions, property);
    if (i === segments.length - 1) {
      const required = Array.isArray(current.schema.required) && current.schema.required.includes(name);
      const walk: Walk = { definitions, maxDepth: 0, budget: 0, expanded: new Map(), expandRepeats: false };
      const node = fieldOf(walk, name, property, required, segments.slice(0, i).join('.'), 0, [], []);
      return { node, ...(object ? { object } : {}) };
    }
    if (!object) return undefined;
    current = object;
  }
  return undefined;
}

/** Counts nodes in a tree (for size budgets and tests). */
export function countFields(nodes: readonly FieldNode[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + (node.children ? countFields(node.children) : 0);
  return count;
}

/** Finds the node at a dotted path, or undefined. */
export function findField(nodes: readonly FieldNode[], path: string): FieldNode | undefined {
  for (const node of nodes) {
    if (node.path === path) return node;
    if (node.children && path.startsWith(`${node.path}.`)) return findField(node.children, path);
  }
  return undefined;
}

export { shortDefinitionName };
