/**
 * Field views: `/apis/GROUP/VERSION/RESOURCE/fields/PATH` shows one field and
 * its subtree, every node at its own path. The server renders a view for any
 * path; the static export pre-renders the views needed so that every field
 * is shown at its own path on some page: each object the resource page does
 * not expand there (a definition it shows elsewhere, "same fields as", or one
 * past its 300-field budget), and recursively the objects those views do not
 * expand. For the 1.36 snapshot that is ~900 pages instead of one per object
 * field (~2,200) or per field (~16,500).
 */
import { buildFieldTree, buildObjectTree, fieldAtPath, type FieldNode, type FieldTreeOptions, type ObjectSchema } from '../model/schema';
import type { Schema } from '../model/schema-types';
import type { ApiModel, ApiResource } from '../model/types';
import { DEFERRED_DEFINITIONS, PAGE_DEPTH_BUDGET, PAGE_FIELD_BUDGET } from './page-budgets';
import { resourcePath } from './urls';

type Definitions = Record<string, Schema>;

/**
 * Views per resource the export writes. Past it, no view is added: a repeat
 * keeps its "same fields as" link and a limit stop links to the view of the
 * same object at another path, or only to its definition page. That bounds
 * pathological schemas: a definition reachable twice per level would
 * otherwise double the views at every level (a 2,000-deep `$ref` chain asked
 * for 2^13). Real schemas stay below: 1.36's largest resource needs 104.
 */
export const MAX_VIEWS_PER_RESOURCE = 400;

/**
 * The budgets of a page's tree rooted at `basePath` (the resource page's: ''):
 * `budget` fields and PAGE_DEPTH_BUDGET levels below the root, and the
 * DEFERRED_DEFINITIONS linked rather than inlined.
 */
export function pageTreeOptions(basePath: string, budget = PAGE_FIELD_BUDGET): FieldTreeOptions {
  const rootDepth = basePath ? basePath.split('.').length : 0;
  return { basePath, maxFields: budget, maxDepth: rootDepth + PAGE_DEPTH_BUDGET, deferredDefinitions: DEFERRED_DEFINITIONS };
}

/** Stops whose children a view can show: repeats and budget limits (a cycle's fields are its ancestor's). */
function viewStops(nodes: readonly FieldNode[], into: FieldNode[]): void {
  for (const node of nodes) {
    if (node.stop && node.stop.reason !== 'cycle') into.push(node);
    if (node.children) viewStops(node.children, into);
  }
}

/** The root object of a resource's schema, if published. */
export function resourceRoot(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): ObjectSchema | undefined {
  const schema = resource.definition ? model.definitions[resource.definition] : undefined;
  return schema && resource.definition ? { schema, definition: resource.definition } : undefined;
}

/** The views of a resource (see exportedFieldViews) and the stops that link to another path's view. */
export interface FieldViewPlan {
  /** Paths whose views the export pre-renders, breadth-first. */
  views: string[];
  /** Past MAX_VIEWS_PER_RESOURCE: stop path → the view of the same object at another path. */
  aliases: Map<string, string>;
}

/** Plans the views of a resource: each stop of the budgeted trees gets a view at its own path, up to the cap. */
export function planFieldViews(
  definitions: Definitions,
  root: ObjectSchema | undefined,
  budget = PAGE_FIELD_BUDGET,
  maxViews = MAX_VIEWS_PER_RESOURCE,
): FieldViewPlan {
  const plan: FieldViewPlan = { views: [], aliases: new Map() };
  if (!root) return plan;
  const queue: Array<{ object: ObjectSchema; base: string }> = [{ object: root, base: '' }];
  const seen = new Set<string>();
  const viewOf = new Map<string | Schema, string>([[root.definition ?? root.schema, '']]);
  while (queue.length > 0) {
    const { object, base } = queue.shift()!;
    const stops: FieldNode[] = [];
    viewStops(buildObjectTree(definitions, object, pageTreeOptions(base, budget)), stops);
    for (const stop of stops) {
      const capped = plan.views.length >= maxViews;
      // Past the cap a repeat keeps only its "same fields as" link on its page.
      if (seen.has(stop.path) || (capped && stop.stop?.reason === 'repeat')) continue;
      const target = fieldAtPath(definitions, root, stop.path)?.object;
      if (!target) continue;
      seen.add(stop.path);
      const key = target.definition ?? target.schema;
      const existing = viewOf.get(key);
      if (capped) {
        // A limit stop links to the same object's view, if there is one, else to its definition page only.
        if (existing !== undefined) plan.aliases.set(stop.path, existing);
        continue;
      }
      if (existing === undefined) viewOf.set(key, stop.path);
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

/** Points each repeat and limit stop of a tree at the view that shows its fields (`stop.view`). */
export function linkStops(nodes: readonly FieldNode[], plan: FieldViewPlan): void {
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.stop && node.stop.reason !== 'cycle') {
      const view = plan.aliases.get(node.path) ?? node.path;
      if (view === node.path || plan.views.includes(view)) node.stop.view = view;
    }
    if (node.children) pending.push(...node.children);
  }
}

/** The field tree a resource page shows, its stops linked to their views. */
export function resourcePageTree(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>): FieldNode[] {
  if (!resource.definition) return [];
  const fields = buildFieldTree(model.definitions, resource.definition, pageTreeOptions(''));
  linkStops(fields, cachedFieldViewPlan(model, resource));
  return fields;
}

/** The field tree a field view shows below its field, every node at its own path. */
export function fieldViewTree(model: Pick<ApiModel, 'definitions'>, resource: Pick<ApiResource, 'definition'>, field: FieldAt): FieldNode[] {
  if (!field.object) return [];
  const fields = buildObjectTree(model.definitions, field.object, pageTreeOptions(field.node.path));
  linkStops(fields, cachedFieldViewPlan(model, resource));
  return fields;
}

/**
 * Where a field is shown at its own path, for links: its own view when one is
 * pre-rendered, else the nearest view above it with the field as the
 * fragment, else the resource page. Views sit exactly at the stops of the
 * page and of the views above, so the nearest one is the one showing `path`.
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
