/**
 * Hostile inputs for the fuzz tests: structure-aware mutations of real
 * documents (a value anywhere replaced, removed, or wrapped), and the shapes
 * that break naive parsers: 10,000-level nesting, huge strings, long `$ref`
 * chains and `$ref` cycles.
 */
import fc from 'fast-check';

type Json = unknown;

export interface Mutation {
  /** Indices choosing a child at each level (modulo the number of children); the walk stops at a leaf or when these run out. */
  steps: number[];
  op: 'replace' | 'delete' | 'wrap' | 'duplicate';
  value: Json;
}

/** Values a mutation puts in: any JSON, plus the types and strings parsers trip on. */
export const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    '',
    0,
    -1,
    1e308,
    true,
    [],
    {},
    '__proto__',
    'constructor',
    '<script>alert(1)</script>',
    '\u202e',
    '../../etc/passwd',
    '#/definitions/',
    '#/definitions/%E0%A4%A',
    '#/parameters/%',
    '%',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  steps: fc.array(fc.nat(), { minLength: 0, maxLength: 12 }),
  op: fc.constantFrom('replace', 'delete', 'wrap', 'duplicate'),
  value: hostileValue,
});

function children(value: Json): Array<string | number> {
  if (Array.isArray(value)) return value.map((_, i) => i);
  if (typeof value === 'object' && value !== null) return Object.keys(value);
  return [];
}

/** A copy of a small value; a value too deep to copy (10,000 levels) is used as it is. */
function copyOf(value: Json): Json {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** Applies mutations to a deep copy of `document` (the original is untouched). */
export function applyMutations(document: Json, mutations: readonly Mutation[]): Json {
  const root: { value: Json } = { value: copyOf(document) };
  for (const m of mutations) {
    let parent: Record<string | number, Json> = root as Record<string, Json>;
    let key: string | number = 'value';
    for (const step of m.steps) {
      const current = parent[key];
      const keys = children(current);
      if (keys.length === 0) break;
      parent = current as Record<string | number, Json>;
      key = keys[step % keys.length]!;
    }
    switch (m.op) {
      case 'replace':
        parent[key] = copyOf(m.value);
        break;
      case 'delete':
        if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
        else delete parent[key];
        break;
      case 'wrap':
        parent[key] = [parent[key]];
        break;
      case 'duplicate':
        // The same object reachable twice (as a parser's output may share values).
        if (Array.isArray(parent)) parent.push(parent[key]);
        else parent[`${String(key)}2`] = parent[key];
        break;
    }
  }
  return root.value;
}

/** `levels` nested objects, built without recursion: `{key: {key: … leaf}}`. */
export function nested(levels: number, wrap: (inner: Json) => Json, leaf: Json): Json {
  let value = leaf;
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

/** JSON text nested `levels` deep: `open` × levels, `leaf`, `close` × levels (JSON.stringify would recurse). */
export function nestedText(levels: number, open: string, leaf: string, close: string): string {
  return `${open.repeat(levels)}${leaf}${close.repeat(levels)}`;
}

/** A string of `length` characters with no spaces (a very long unbroken token). */
export function hugeToken(length: number, unit = 'x'): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Flips, inserts, deletes and overwrites bytes of `bytes`; the choices come from fast-check. */
export const byteMutations = fc.array(
  fc.record({
    at: fc.nat(),
    op: fc.constantFrom('flip', 'set', 'insert', 'delete', 'truncate', 'repeat'),
    byte: fc.integer({ min: 0, max: 255 }),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  { minLength: 1, maxLength: 6 },
);

export function mutateBytes(bytes: Uint8Array, edits: ReadonlyArray<{ at: number; op: string; byte: number; length: number }>): Uint8Array {
  let out = Uint8Array.from(bytes);
  for (const e of edits) {
    if (out.length === 0) break;
    const at = e.at % out.length;
    switch (e.op) {
      case 'flip':
        out[at] = out[at]! ^ (1 << (e.byte % 8));
        break;
      case 'set':
        out[at] = e.byte;
        break;
      case 'insert':
        out = Uint8Array.from([...out.subarray(0, at), ...new Array<number>(e.length).fill(e.byte), ...out.subarray(at)]);
        break;
      case 'delete':
        out = Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + e.length)]);
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
      case 'repeat':
        out = Uint8Array.from([...out.subarray(0, at + e.length), ...out.subarray(at, at + e.length), ...out.subarray(at + e.length)]);
        break;
    }
  }
  return out;
}
