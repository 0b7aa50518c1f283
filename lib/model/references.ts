import { definitionName } from './schema-types';
import type { ApiModel } from './types';

const cache = new WeakMap<ApiModel['definitions'], Map<string, string[]>>();

function collectRefs(value: unknown, into: Set<string>, depth = 0): void {
  if (depth > 64 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collectRefs(item, into, depth + 1);
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === '$ref' && typeof child === 'string') {
      const name = definitionName(child);
      if (name) into.add(name);
    } else {
      collectRefs(child, into, depth + 1);
    }
  }
}

/**
 * Definition → the definitions whose schemas refer to it ("used by"),
 * computed once per model and kept while the model lives.
 */
export function referencedBy(model: Pick<ApiModel, 'definitions'>): Map<string, string[]> {
  const known = cache.get(model.definitions);
  if (known) return known;
  const result = new Map<string, string[]>();
  for (const [name, schema] of Object.entries(model.definitions)) {
    const refs = new Set<string>();
    collectRefs(schema, refs);
    for (const target of refs) {
      if (target === name) continue;
      result.set(target, [...(result.get(target) ?? []), name]);
    }
  }
  for (const list of result.values()) list.sort();
  cache.set(model.definitions, result);
  return result;
}
