/**
 * Field views: `/apis/GROUP/VERSION/RESOURCE/fields/PATH` shows one field and
 * its subtree. The server renders a view for any path; the static export
 * pre-renders only the views needed so that every field is on some page:
 * the objects the resource page does not inline (its 300-field budget stops
 * them with a link), and recursively the objects those views do not inline.
 * For the 1.36 snapshot that is ~480 pages instead of one per object field
 * (~2,200) or per field (~16,500).
 */
import { buildObjectTree, fieldAtPath, type FieldNode, type ObjectSchema } from '../model/schema';
import type { Schema } from '../model/schema-types';
import type { ApiModel, ApiResource } from '../model/types';
import { PAGE_FIELD_BUDGET } from './page-budgets';
import { resourcePath } from './urls';

type Definitions = Record<string, Schema>;

function limitStops(nodes: readonly FieldNode[], into: FieldNode[]): void {
  for (const node of nodes) {
    if (node.stop?.reason === 'limit') into.push(node);
    if (node.children) limitStops(node.children, into);
  }
}

/** The root object of a resource's schema, if published. */
export function resourceRoot(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): ObjectSchema | undefined {
  const schema = resource.definition ? model.definitions[resource.definition] : undefined;
  return schema && resource.definition ? { schema, definition: resource.definition } : undefined;
}

/** The views of a resource (see exportedFieldViews) and the limit stops that link to another path's view. */
export interface FieldViewPlan {
  /** Paths whose views the export pre-renders, breadth-first. */
  views: string[];
  /**
   * A stop whose object another view already shows (the same definition
   * reached by a second path) links to that view instead of getting its own:
   * stop path → view path. Without this a definition reachable twice at
   * every budget boundary doubles the views at each level (a 2,000-deep
   * `$ref` chain asked for 2^13 views).
   */
  aliases: Map<string, string>;
}

/** Plans the views of a resource: each object the budgeted trees stop at gets one view, the first path that reaches it. */
export function planFieldViews(definitions: Definitions, root: ObjectSchema | undefined, budget = PAGE_FIELD_BUDGET): FieldViewPlan {
  const plan: FieldViewPlan = { views: [], aliases: new Map() };
  if (!root) return plan;
  const queue: Array<{ object: ObjectSchema; base: string }> = [{ object: root, base: '' }];
  const seen = new Set<string>();
  const viewOf = new Map<string | Schema, string>([[root.definition ?? root.schema, '']]);
  while (queue.length > 0) {
    const { object, base } = queue.shift()!;
    const stops: FieldNode[] = [];
    limitStops(buildObjectTree(definitions, object, { maxFields: budget, basePath: base }), stops);
    for (const stop of stops) {
      if (seen.has(stop.path)) continue;
      const target = fieldAtPath(definitions, root, stop.path)?.object;
      if (!target) continue;
      seen.add(stop.path);
      const key = target.definition ?? target.schema;
      const existing = viewOf.get(key);
      if (existing) {
        plan.aliases.set(stop.path, existing);
        continue;
      }
      viewOf.set(key, stop.path);
      plan.views.push(stop.path);
      queue.push({ object: target, base: stop.path });
    }
  }
  return plan;
}

/**
 * The field paths of a resource whose views the export pre-renders, in the
 * order found (breadth-first). Each view inlines up to PAGE_FIELD_BUDGET fields.
 */
export function exportedFieldViews(definitions: Definitions, root: ObjectSchema | undefined, budget = PAGE_FIELD_BUDGET): string[] {
  return planFieldViews(definitions, root, budget).views;
}

/**
 * Points each limit stop of a tree at the view that shows its fields
 * (`stop.path`): its own, or the view of the same object at another path.
 */
export function linkLimitStops(nodes: readonly FieldNode[], plan: FieldViewPlan): void {
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.stop?.reason === 'limit') {
      const alias = plan.aliases.get(node.path);
      if (alias) node.stop.path = alias;
    }
    if (node.children) pending.push(...node.children);
  }
}

/**
 * Where a field is shown, for links: its own view when one is pre-rendered,
 * else the nearest view above it with the field as the fragment, else the
 * resource page. `path` must be where the tree shows the field (its first
 * place, see lib/search/paths.ts `canonical`); the pages resolve the rest.
 */
export function fieldHref(resourceHref: string, views: readonly string[], path: string): string {
  let host = '';
  for (const view of views) {
    if ((path === view || path.startsWith(`${view}.`)) && view.length > host.length) host = view;
  }
  if (host === path) return `${resourceHref}/fields/${path}`;
  return host ? `${resourceHref}/fields/${host}#${path}` : `${resourceHref}#${path}`;
}

export type FieldAt = NonNullable<ReturnType<typeof fieldAtPath>>;

const viewCache = new WeakMap<ApiModel['definitions'], Map<string, FieldViewPlan>>();

/** planFieldViews of a resource, computed once per model (every field view page of a resource needs it). */
export function cachedFieldViewPlan(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): FieldViewPlan {
  if (!resource.definition) return { views: [], aliases: new Map() };
  let byDefinition = viewCache.get(model.definitions);
  if (!byDefinition) {
    byDefinition = new Map();
    viewCache.set(model.definitions, byDefinition);
  }
  let plan = byDefinition.get(resource.definition);
  if (!plan) {
    plan = planFieldViews(model.definitions, resourceRoot(model, resource));
    byDefinition.set(resource.definition, plan);
  }
  return plan;
}

/** exportedFieldViews of a resource, computed once per model. */
export function cachedFieldViews(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): string[] {
  return cachedFieldViewPlan(model, resource).views;
}

/** The site path of a field view. */
export function fieldViewPath(resource: Pick<ApiResource, 'group' | 'version' | 'name'>, path: string): string {
  return `${resourcePath(resource)}/fields/${path}`;
}
