import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import {
  cachedFieldViews,
  exportedFieldViews,
  fieldHref,
  fieldViewTree,
  linkStops,
  MAX_VIEWS_PER_RESOURCE,
  pageTreeOptions,
  planFieldViews,
  resourcePageTree,
  resourceRoot,
} from './field-views';
import { allResources, findResource } from '../model/lookup';
import { buildFieldTree, buildObjectTree, fieldAtPath, findField, type FieldNode } from '../model/schema';
import type { ApiModel } from '../model/types';
import type { Schema } from '../model/schema-types';
import { PAGE_DEPTH_BUDGET } from './page-budgets';

let model: ApiModel;
beforeAll(async () => {
  model = await embeddedModel();
});

describe('field views', () => {
  it('finds a field by path through references, lists and repeats', () => {
    const root = resourceRoot(model, findResource(model, 'apps', 'v1', 'deployments')!)!;
    const containers = fieldAtPath(model.definitions, root, 'spec.template.spec.containers')!;
    expect(containers.node).toMatchObject({ name: 'containers', path: 'spec.template.spec.containers', type: '[]Container', required: true });
    expect(containers.object?.definition).toBe('io.k8s.api.core.v1.Container');
    // initContainers is shown as "same as containers" in the tree, but is a path of its own here.
    expect(fieldAtPath(model.definitions, root, 'spec.template.spec.initContainers.image')!.node).toMatchObject({
      type: 'string',
      path: 'spec.template.spec.initContainers.image',
    });
    expect(fieldAtPath(model.definitions, root, 'spec.replicas')!.object).toBeUndefined();
    expect(fieldAtPath(model.definitions, root, 'spec.nope')).toBeUndefined();
    expect(fieldAtPath(model.definitions, root, 'spec.replicas.deeper')).toBeUndefined();
  });

  it('exports a view for each field the resource page stops at (repeat or limit), and recursively below', () => {
    const pod = findResource(model, '', 'v1', 'pods')!;
    const views = exportedFieldViews(model.definitions, resourceRoot(model, pod));
    const page = buildFieldTree(model.definitions, pod.definition!, pageTreeOptions(''));
    for (const path of ['spec.containers.livenessProbe.exec', 'spec.volumes']) {
      if (findField(page, path)?.stop?.reason === 'limit') expect(views).toContain(path);
    }
    expect(views).toContain('spec.containers.livenessProbe');
    expect(views).toContain('spec.initContainers');
    // ObjectMeta comes last (page-budgets.ts DEFERRED_DEFINITIONS): past the Pod page's budget, its view holds its fields.
    expect(findField(page, 'metadata')?.stop?.reason).toBe('limit');
    expect(views).toContain('metadata');
    expect(views.every((v) => findField(page, v) === undefined || ['limit', 'repeat'].includes(findField(page, v)!.stop!.reason))).toBe(true);
    expect(cachedFieldViews(model, pod)).toEqual(views);
    // Small kinds fit their page, metadata included: no views.
    expect(cachedFieldViews(model, findResource(model, '', 'v1', 'configmaps')!)).toEqual([]);
    expect(findField(resourcePageTree(model, findResource(model, '', 'v1', 'configmaps')!), 'metadata.labels')).toBeDefined();
  });

  it('every repeat and limit stop of every resource page and view links to its own view, which the export has (1.36)', () => {
    const limitStops = (nodes: readonly FieldNode[]): FieldNode[] =>
      nodes.flatMap((n) => [...(n.stop && n.stop.reason !== 'cycle' ? [n] : []), ...limitStops(n.children ?? [])]);
    let links = 0;
    for (const resource of allResources(model)) {
      const root = resourceRoot(model, resource);
      if (!root) continue;
      const plan = planFieldViews(model.definitions, root);
      const trees = [buildFieldTree(model.definitions, resource.definition!, pageTreeOptions(''))];
      for (const view of plan.views)
        trees.push(buildObjectTree(model.definitions, fieldAtPath(model.definitions, root, view)!.object!, pageTreeOptions(view)));
      for (const tree of trees) {
        linkStops(tree, plan);
        for (const stop of limitStops(tree)) {
          expect(stop.stop!.view, `${resource.name}: ${stop.path}`).toBe(stop.path);
          expect(plan.views, `${resource.name}: ${stop.path}`).toContain(stop.path);
          links += 1;
        }
      }
    }
    expect(links).toBeGreaterThan(400);
  });

  it('past the view cap, gives an object reached by two paths one view: a deep $ref chain reached twice per level stays bounded', () => {
    const definitions: Record<string, object> = {};
    for (let i = 0; i < 2_000; i++)
      definitions[`D${i}`] = {
        type: 'object',
        properties: { next: { $ref: `#/definitions/D${i + 1}` }, list: { type: 'array', items: { $ref: `#/definitions/D${i + 1}` } } },
      };
    const plan = planFieldViews(definitions, { schema: definitions.D0!, definition: 'D0' });
    // Every path gets its own view up to the cap; past it, one view per object (without the cap it was 2^13).
    expect(plan.views.length).toBeLessThanOrEqual(MAX_VIEWS_PER_RESOURCE);
    expect([...plan.aliases.values()].every((target) => plan.views.includes(target))).toBe(true);
  });

  it('links a field to its own view, the nearest view above it, or the resource page', () => {
    const views = ['spec.volumes', 'spec.volumes.csi'];
    expect(fieldHref('/api/v1/pods', views, 'spec.volumes')).toBe('/api/v1/pods/fields/spec.volumes');
    expect(fieldHref('/api/v1/pods', views, 'spec.volumes.csi.driver')).toBe('/api/v1/pods/fields/spec.volumes.csi#spec.volumes.csi.driver');
    expect(fieldHref('/api/v1/pods', views, 'spec.volumesX')).toBe('/api/v1/pods#spec.volumesX');
    expect(fieldHref('/api/v1/pods', views, 'spec.containers')).toBe('/api/v1/pods#spec.containers');
  });
});

describe('deeply nested schemas (issue 17: 250 levels)', () => {
  /** `{ spec: { level1: { level2: … } } }`, 250 inline objects deep. */
  function nestedDefinitions(levels: number): Record<string, Schema> {
    let inner: Schema = { type: 'object', properties: { leaf: { type: 'string' } } };
    for (let i = levels; i >= 1; i--) inner = { type: 'object', properties: { [`level${i}`]: inner } };
    return { 'test.Deep': { type: 'object', properties: { spec: inner } } };
  }

  function depthOf(nodes: readonly FieldNode[]): number {
    return nodes.reduce((max, n) => Math.max(max, 1 + (n.children ? depthOf(n.children) : 0)), 0);
  }

  it('a page shows at most PAGE_DEPTH_BUDGET levels, and links to the field view that shows the rest', () => {
    const definitions = nestedDefinitions(250);
    const resource = { definition: 'test.Deep' };
    const page = resourcePageTree({ definitions }, resource);
    expect(depthOf(page)).toBe(PAGE_DEPTH_BUDGET + 1);
    let deepest = page[0]!;
    while (deepest.children) deepest = deepest.children[0]!;
    expect(deepest.stop).toMatchObject({ reason: 'limit', view: deepest.path });
    // Every level is reachable: the views chain down to the leaf, each at most PAGE_DEPTH_BUDGET deep.
    const views = planFieldViews(definitions, resourceRoot({ definitions }, resource)).views;
    expect(views.length).toBeGreaterThanOrEqual(3);
    const last = views.at(-1)!;
    const field = fieldAtPath(definitions, resourceRoot({ definitions }, resource)!, last)!;
    const tail = fieldViewTree({ definitions }, resource, field);
    expect(depthOf(tail)).toBeLessThanOrEqual(PAGE_DEPTH_BUDGET + 1);
    let leafward = tail[0]!;
    while (leafward.children) leafward = leafward.children[0]!;
    expect(leafward.path.endsWith('.leaf')).toBe(true);
  });
});
