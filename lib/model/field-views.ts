/**
 * Field views: `/apis/GROUP/VERSION/RESOURCE/fields/PATH` shows one field and
 * its subtree. The server renders a view for any path; the static export
 * pre-renders only the views needed so that every field is on some page:
 * the objects the resource page does not inline (its 300-field budget stops
 * them with a link), and recursively the objects those views do not inline.
 * For the 1.36 snapshot that is ~480 pages instead of one per object field
 * (~2,200) or per field (~16,500).
 */
import { resourcePath } from './lookup';
import { PAGE_FIELD_BUDGET } from './page-budgets';
import { buildObjectTree, fieldAtPath, type FieldNode, type ObjectSchema } from './schema';
import type { Schema } from './schema-types';
import type { ApiModel, ApiResource } from './types';

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

/**
 * The field paths of a resource whose views the export pre-renders, in the
 * order found (breadth-first). Each view inlines up to PAGE_FIELD_BUDGET fields.
 */
export function exportedFieldViews(definitions: Definitions, root: ObjectSchema | undefined, budget = PAGE_FIELD_BUDGET): string[] {
  if (!root) return [];
  const views: string[] = [];
  const queue: Array<{ object: ObjectSchema; base: string }> = [{ object: root, base: '' }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { object, base } = queue.shift()!;
    const stops: FieldNode[] = [];
    limitStops(buildObjectTree(definitions, object, { maxFields: budget, basePath: base }), stops);
    for (const stop of stops) {
      if (seen.has(stop.path)) continue;
      const target = fieldAtPath(definitions, root, stop.path)?.object;
      if (!target) continue;
      seen.add(stop.path);
      views.push(stop.path);
      queue.push({ object: target, base: stop.path });
    }
  }
  return views;
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

const viewCache = new WeakMap<ApiModel['definitions'], Map<string, string[]>>();

/** exportedFieldViews of a resource, computed once per model (every field view page of a resource needs them). */
export function cachedFieldViews(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): string[] {
  if (!resource.definition) return [];
  let byDefinition = viewCache.get(model.definitions);
  if (!byDefinition) {
    byDefinition = new Map();
    viewCache.set(model.definitions, byDefinition);
  }
  let views = byDefinition.get(resource.definition);
  if (!views) {
    views = exportedFieldViews(model.definitions, resourceRoot(model, resource));
    byDefinition.set(resource.definition, views);
  }
  return views;
}

/** The site path of a field view. */
export function fieldViewPath(resource: Pick<ApiResource, 'group' | 'version' | 'name'>, path: string): string {
  return `${resourcePath(resource)}/fields/${path}`;
}
