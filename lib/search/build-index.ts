/**
 * Builds the search index (lib/search/index-data.ts) from the model. Pure:
 * the server answers `/search-index.json` with it per request and the export
 * writes it once as a file.
 */
import { cachedFieldViews, resourceRoot } from '../site/field-views';
import { allGroupVersions } from '../model/lookup';
import { childObject, type ObjectSchema } from '../model/schema';
import { typeLabel, type Schema } from '../model/schema-types';
import type { ApiModel } from '../model/types';
import { SEARCH_INDEX_FORMAT, type IndexedObject, type IndexedResource, type SearchIndexData } from './index-data';

/** Assigns each distinct string an index, in order of first use. */
class StringTable {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  id(value: string): number {
    let id = this.index.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(value);
      this.index.set(value, id);
    }
    return id;
  }
}

class ObjectGraph {
  readonly objects: IndexedObject[] = [];
  readonly names = new StringTable();
  readonly types = new StringTable();
  /** Definitions by name, inline objects by identity. */
  private readonly ids = new Map<string | Schema, number>();

  constructor(
    private readonly definitions: Record<string, Schema>,
    private readonly definitionIndex: Map<string, number>,
  ) {}

  /** The object's index; adds it and everything reachable from it on first use. */
  add(root: ObjectSchema): number {
    const known = this.ids.get(root.definition ?? root.schema);
    if (known !== undefined) return known;
    // Breadth-first with an explicit queue: schemas can nest deeper than the call stack likes.
    const rootId = this.register(root);
    const queue: Array<{ id: number; object: ObjectSchema }> = [{ id: rootId, object: root }];
    while (queue.length > 0) {
      const { id, object } = queue.shift()!;
      const flat: number[] = [];
      for (const [name, raw] of Object.entries(object.schema.properties ?? {})) {
        const property = (typeof raw === 'object' && raw !== null ? raw : {}) as Schema;
        const child = childObject(this.definitions, property);
        let childId = -1;
        if (child) {
          const existing = this.ids.get(child.definition ?? child.schema);
          childId = existing ?? this.register(child);
          if (existing === undefined) queue.push({ id: childId, object: child });
        }
        flat.push(this.names.id(name), this.types.id(typeLabel(property)), childId);
      }
      this.objects[id]![1] = flat;
    }
    return rootId;
  }

  private register(object: ObjectSchema): number {
    const id = this.objects.length;
    this.ids.set(object.definition ?? object.schema, id);
    this.objects.push([object.definition === undefined ? -1 : (this.definitionIndex.get(object.definition) ?? -1), []]);
    return id;
  }
}

/** The search index of a model. */
export function buildSearchIndex(model: ApiModel): SearchIndexData {
  const definitions = Object.keys(model.definitions).sort();
  const graph = new ObjectGraph(model.definitions, new Map(definitions.map((name, i) => [name, i])));
  const groupVersions = allGroupVersions(model);
  const resources: IndexedResource[] = [];
  groupVersions.forEach((gv, gvIndex) => {
    for (const resource of gv.resources) {
      const root = resourceRoot(model, resource);
      const views = cachedFieldViews(model, resource);
      resources.push({
        gv: gvIndex,
        kind: resource.kind,
        name: resource.name,
        singular: resource.singular,
        shortNames: resource.shortNames,
        namespaced: resource.scope === 'Namespaced',
        ...(root ? { root: graph.add(root) } : {}),
        ...(views.length > 0 ? { views } : {}),
      });
    }
  });
  return {
    format: SEARCH_INDEX_FORMAT,
    groupVersions: groupVersions.map((gv) => ({
      group: gv.group,
      version: gv.version,
      path: gv.path,
      stability: gv.stability,
      preferred: gv.preferred,
    })),
    resources,
    definitions,
    names: graph.names.values,
    types: graph.types.values,
    objects: graph.objects,
  };
}
