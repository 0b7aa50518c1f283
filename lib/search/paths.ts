/**
 * Field paths from the index's object graph, in the browser: for each
 * resource, every path to every field (with a cycle guard). Results link to
 * the path itself: the resource page or a field view shows every path at its
 * own place (lib/model/field-views.ts), `spec.initContainers.image` too.
 */
import type { SearchIndexData } from './index-data';

export interface FieldOccurrence {
  /** Index into `resources`. */
  resource: number;
  /** The field's path: `spec.initContainers.image`. */
  path: string;
  type: string;
  /** Number of path segments. */
  depth: number;
  /** Index into `objects` of the object the field belongs to, and the field's position in it. */
  object: number;
  position: number;
  /** Index into `objects` of the field's value, or -1 for a leaf. */
  child: number;
}

/** Guards against pathological schemas: deeper paths and more paths per resource are not listed. */
const MAX_DEPTH = 16;
const MAX_PATHS_PER_RESOURCE = 20_000;

/**
 * Every field path of every resource, grouped by field name index. Built
 * once per index (a few milliseconds for 1.36) when the first field search runs.
 */
export function fieldOccurrencesByName(data: SearchIndexData): Map<number, FieldOccurrence[]> {
  const byName = new Map<number, FieldOccurrence[]>();
  data.resources.forEach((resource, resourceIndex) => {
    if (resource.root === undefined) return;
    let count = 0;
    const visit = (object: number, path: string, depth: number, stack: number[]): void => {
      const flat = data.objects[object]?.[1] ?? [];
      for (let i = 0; i + 2 < flat.length && count < MAX_PATHS_PER_RESOURCE; i += 3) {
        const nameIndex = flat[i]!;
        const name = data.names[nameIndex] ?? '';
        const child = flat[i + 2]!;
        const fieldPath = path ? `${path}.${name}` : name;
        const occurrence: FieldOccurrence = {
          resource: resourceIndex,
          path: fieldPath,
          type: data.types[flat[i + 1]!] ?? '',
          depth: depth + 1,
          object,
          position: i / 3,
          child,
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
