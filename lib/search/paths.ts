/**
 * Field paths from the index's object graph, in the browser: for each
 * resource, every path to every field (with a cycle guard), each paired with
 * its canonical path, the place where the resource's field tree shows it.
 *
 * The tree (lib/model/schema.ts) expands each definition once, at its first
 * place breadth-first; a later use (`spec.initContainers`) points to the
 * first (`spec.containers`). A field reached through a later use is shown
 * under the first, so its link must use the first place's path. The same
 * breadth-first order here gives the same first places, which the unit tests
 * check against the tree for every resource of the snapshot.
 */
import { fieldsOfObject, type SearchIndexData } from './index-data';

export interface FieldOccurrence {
  /** Index into `resources`. */
  resource: number;
  /** The field's path: `spec.initContainers.image`. */
  path: string;
  /** Where the tree shows it: `spec.containers.image`. */
  canonical: string;
  type: string;
  /** Number of path segments. */
  depth: number;
}

/** Guards against pathological schemas: deeper paths and more paths per resource are not listed. */
const MAX_DEPTH = 16;
const MAX_PATHS_PER_RESOURCE = 20_000;

/** Object → path of its first place, breadth-first from the root, as the field tree expands. */
export function canonicalObjectPaths(data: SearchIndexData, root: number): Map<number, string> {
  const first = new Map<number, string>([[root, '']]);
  const queue: Array<{ object: number; path: string }> = [{ object: root, path: '' }];
  for (let i = 0; i < queue.length; i++) {
    const { object, path } = queue[i]!;
    for (const field of fieldsOfObject(data, object)) {
      if (field.child < 0) continue;
      const childPath = path ? `${path}.${field.name}` : field.name;
      // Definitions expand once; inline objects have one parent, so they are met once anyway.
      if (first.has(field.child)) continue;
      first.set(field.child, childPath);
      queue.push({ object: field.child, path: childPath });
    }
  }
  return first;
}

/**
 * Every field path of every resource, grouped by field name index. Built
 * once per index (a few milliseconds for 1.36) when the first field search runs.
 */
export function fieldOccurrencesByName(data: SearchIndexData): Map<number, FieldOccurrence[]> {
  const byName = new Map<number, FieldOccurrence[]>();
  data.resources.forEach((resource, resourceIndex) => {
    if (resource.root === undefined) return;
    const canonical = canonicalObjectPaths(data, resource.root);
    let count = 0;
    const visit = (object: number, path: string, depth: number, stack: number[]): void => {
      const flat = data.objects[object]?.[1] ?? [];
      const base = canonical.get(object) ?? path;
      for (let i = 0; i + 2 < flat.length && count < MAX_PATHS_PER_RESOURCE; i += 3) {
        const nameIndex = flat[i]!;
        const name = data.names[nameIndex] ?? '';
        const child = flat[i + 2]!;
        const fieldPath = path ? `${path}.${name}` : name;
        const occurrence: FieldOccurrence = {
          resource: resourceIndex,
          path: fieldPath,
          canonical: base ? `${base}.${name}` : name,
          type: data.types[flat[i + 1]!] ?? '',
          depth: depth + 1,
        };
        count++;
        const list = byName.get(nameIndex);
        if (list) list.push(occurrence);
        else byName.set(nameIndex, [occurrence]);
        if (child >= 0 && !stack.includes(child) && depth + 1 < MAX_DEPTH) visit(child, fieldPath, depth + 1, [...stack, child]);
      }
    };
    visit(resource.root, '', 0, [resource.root]);
  });
  return byName;
}
