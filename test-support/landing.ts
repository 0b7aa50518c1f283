/**
 * Where a site link lands, computed with the same model functions the pages
 * render with: the field tree of the resource page or of the field view the
 * link names, and the node whose id is the fragment (or the view itself).
 */
import { cachedFieldViewPlan, fieldViewTree, resourcePageTree, resourceRoot } from '../lib/site/field-views';
import { allResources } from '../lib/model/lookup';
import { resourcePath } from '../lib/site/urls';
import { fieldAtPath, findField, type FieldNode } from '../lib/model/schema';
import type { ApiModel, ApiResource } from '../lib/model/types';

const trees = new WeakMap<ApiResource, Map<string, FieldNode[]>>();

function treeOf(model: ApiModel, resource: ApiResource, view: string): FieldNode[] {
  let byView = trees.get(resource);
  if (!byView) trees.set(resource, (byView = new Map()));
  let tree = byView.get(view);
  if (!tree) {
    const root = resourceRoot(model, resource);
    const field = view && root ? fieldAtPath(model.definitions, root, view) : undefined;
    tree = view ? (field ? fieldViewTree(model, resource, field) : []) : resourcePageTree(model, resource);
    byView.set(view, tree);
  }
  return tree;
}

/** The field a link shows at the top (a view without fragment) or highlights (the fragment), or undefined. */
export function landingField(model: ApiModel, resource: ApiResource, href: string): { path: string; node?: FieldNode } | undefined {
  const base = resourcePath(resource);
  const [page = '', fragment] = href.split('#');
  let view = '';
  if (page.startsWith(`${base}/fields/`)) view = page.slice(`${base}/fields/`.length);
  else if (page !== base) return undefined;
  if (fragment === undefined || fragment === view) {
    if (!view) return undefined;
    const root = resourceRoot(model, resource);
    return root && fieldAtPath(model.definitions, root, view) ? { path: view } : undefined;
  }
  const node = findField(treeOf(model, resource, view), fragment);
  return node ? { path: node.path, node } : undefined;
}

/** The resources of a model with a published schema, and their views. */
export function resourcesWithSchema(model: ApiModel): Array<{ resource: ApiResource; views: string[] }> {
  return allResources(model)
    .filter((r) => resourceRoot(model, r))
    .map((resource) => ({ resource, views: cachedFieldViewPlan(model, resource).views }));
}
