import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { cachedFieldViews, exportedFieldViews, fieldHref, linkLimitStops, planFieldViews, resourceRoot } from './field-views';
import { allResources, findResource } from '../model/lookup';
import { buildFieldTree, buildObjectTree, fieldAtPath, findField, type FieldNode } from '../model/schema';
import type { ApiModel } from '../model/types';
import { PAGE_FIELD_BUDGET } from './page-budgets';

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

  it('exports a view for each object the resource page stops at, and recursively below', () => {
    const pod = findResource(model, '', 'v1', 'pods')!;
    const views = exportedFieldViews(model.definitions, resourceRoot(model, pod));
    const page = buildFieldTree(model.definitions, pod.definition!, { maxFields: PAGE_FIELD_BUDGET });
    for (const path of ['spec.containers.livenessProbe.exec', 'spec.volumes']) {
      if (findField(page, path)?.stop?.reason === 'limit') expect(views).toContain(path);
    }
    expect(views).toContain('spec.containers.livenessProbe.exec');
    expect(views.every((v) => findField(page, v) === undefined || findField(page, v)!.stop?.reason === 'limit')).toBe(true);
    expect(cachedFieldViews(model, pod)).toEqual(views);
    // Small kinds fit their page: no views.
    expect(cachedFieldViews(model, findResource(model, '', 'v1', 'configmaps')!)).toEqual([]);
  });

  it('every limit stop of every resource page and view links to a view the export has (1.36)', () => {
    const limitStops = (nodes: readonly FieldNode[]): FieldNode[] =>
      nodes.flatMap((n) => [...(n.stop?.reason === 'limit' ? [n] : []), ...limitStops(n.children ?? [])]);
    let links = 0;
    for (const resource of allResources(model)) {
      const root = resourceRoot(model, resource);
      if (!root) continue;
      const plan = planFieldViews(model.definitions, root);
      const trees = [buildFieldTree(model.definitions, resource.definition!, { maxFields: PAGE_FIELD_BUDGET })];
      for (const view of plan.views)
        trees.push(
          buildObjectTree(model.definitions, fieldAtPath(model.definitions, root, view)!.object!, { basePath: view, maxFields: PAGE_FIELD_BUDGET }),
        );
      for (const tree of trees) {
        linkLimitStops(tree, plan);
        for (const stop of limitStops(tree)) {
          expect(plan.views, `${resource.name}: ${stop.path}`).toContain(stop.stop!.path ?? stop.path);
          links += 1;
        }
      }
    }
    expect(links).toBeGreaterThan(400);
  });

  it('gives an object reached by two paths one view: a deep $ref chain reached twice per level stays linear', () => {
    const definitions: Record<string, object> = {};
    for (let i = 0; i < 2_000; i++)
      definitions[`D${i}`] = {
        type: 'object',
        properties: { next: { $ref: `#/definitions/D${i + 1}` }, list: { type: 'array', items: { $ref: `#/definitions/D${i + 1}` } } },
      };
    const plan = planFieldViews(definitions, { schema: definitions.D0!, definition: 'D0' });
    // Two fields per level, 300 per view: about 2,000 × 2 / 300 views, each aliased once (it was 2^13).
    expect(plan.views.length).toBeLessThan(20);
    expect(plan.aliases.size).toBeLessThanOrEqual(plan.views.length);
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
