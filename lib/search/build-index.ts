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
import { SEARCH_INDEX_FORMAT, type IndexedObject, type IndexedResource, type IndexedRule, type SearchIndexData } from './index-data';

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

function isSchemaObject(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `{rule, message}` entries of a schema's `x-kubernetes-validations` (entries without a rule are not searchable). */
function rulesOf(schema: Schema): Array<{ rule: string; message: string | undefined }> {
  const raw = (schema as Record<string, unknown>)['x-kubernetes-validations'];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry: unknown) => {
    if (!isSchemaObject(entry)) return [];
    const { rule, message, messageExpression } = entry as Record<string, unknown>;
    if (typeof rule !== 'string' || rule === '') return [];
    // A messageExpression builds the message at run time; its text is what is known of it here.
    const text = typeof message === 'string' && message !== '' ? message : typeof messageExpression === 'string' ? messageExpression : undefined;
    return [{ rule, message: text }];
  });
}

/**
 * The schemas whose rules belong to a field: the property, then the items
 * and map values below it (a rule on a list's items is a rule on each of its
 * entries), stopping at the field's child object, whose own rules are
 * indexed once for the object.
 */
function fieldRuleSchemas(property: Schema, child: Schema | undefined): Schema[] {
  const out: Schema[] = [];
  let current: Schema | undefined = property;
  for (let depth = 0; current && current !== child && depth < 8; depth++) {
    out.push(current);
    const items: unknown = current.items;
    const values: unknown = current.additionalProperties;
    current = isSchemaObject(items) ? items : isSchemaObject(values) ? values : undefined;
  }
  return out;
}

class ObjectGraph {
  readonly objects: IndexedObject[] = [];
  readonly names = new StringTable();
  readonly types = new StringTable();
  readonly rules: IndexedRule[] = [];
  readonly ruleTexts = new StringTable();
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
      this.addRules(id, -1, [object.schema]);
      for (const [name, raw] of Object.entries(object.schema.properties ?? {})) {
        const property = (typeof raw === 'object' && raw !== null ? raw : {}) as Schema;
        const child = childObject(this.definitions, property);
        this.addRules(id, flat.length / 3, fieldRuleSchemas(property, child?.schema));
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

  private addRules(object: number, position: number, schemas: readonly Schema[]): void {
    for (const schema of schemas) {
      for (const { rule, message } of rulesOf(schema)) {
        this.rules.push([object, position, this.ruleTexts.id(rule), message === undefined ? -1 : this.ruleTexts.id(message)]);
      }
    }
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
    ...(graph.rules.length > 0 ? { rules: graph.rules, ruleTexts: graph.ruleTexts.values } : {}),
  };
}
