import { verbOf } from './operations';
import type { ApiModel, ApiOperation, ApiParameter } from './types';

/** The order kubectl and the API docs list verbs in. */
export const VERB_ORDER = ['get', 'list', 'watch', 'create', 'update', 'patch', 'apply', 'delete', 'deletecollection'];

export interface VerbOperations {
  verb: string;
  operations: Array<{ operation: ApiOperation; /** Shown as `path?watch=true`: a list operation used to watch. */ watchQuery: boolean }>;
}

/**
 * Groups a resource's operations under the verbs discovery lists. `watch`
 * collects the list operations (with `?watch=true`, how clients watch today)
 * and the deprecated `/watch/` paths. Verbs with no operation are kept, empty.
 */
export function operationsByVerb(verbs: readonly string[], operations: readonly ApiOperation[]): VerbOperations[] {
  const ordered = [...verbs].sort((a, b) => rank(a) - rank(b));
  for (const op of operations) {
    const verb = verbOf(op);
    if (verb && !ordered.includes(verb)) ordered.push(verb);
  }
  return ordered.map((verb) => {
    const entries: VerbOperations['operations'] = [];
    for (const operation of operations) {
      const opVerb = verbOf(operation);
      if (opVerb === verb) entries.push({ operation, watchQuery: false });
      else if (verb === 'watch' && opVerb === 'list' && operation.parameters.some((p) => p.name === 'watch'))
        entries.push({ operation, watchQuery: true });
    }
    // Current paths before the deprecated /watch/ ones.
    entries.sort((a, b) => Number(a.operation.deprecatedWatchPath) - Number(b.operation.deprecatedWatchPath));
    return { verb, operations: entries };
  });
}

function rank(verb: string): number {
  const index = VERB_ORDER.indexOf(verb);
  return index < 0 ? VERB_ORDER.length : index;
}

export interface ParameterGlossaryEntry {
  /** Anchor id on the page. */
  id: string;
  parameter: ApiParameter;
}

export interface ParameterIndex {
  entries: ParameterGlossaryEntry[];
  /** The anchor id of an operation's parameter ('' for a parameter of no indexed operation). */
  idOf: (p: ApiParameter) => string;
}

/**
 * Kubernetes repeats the same long parameter descriptions on every operation.
 * The list holds each distinct parameter once and operations link to it.
 */
export function parameterGlossary(operations: readonly ApiOperation[]): ParameterIndex {
  const byKey = new Map<string, ParameterGlossaryEntry>();
  // Operations share parameter objects (see operations.ts): look those up by identity, not by a key holding the description.
  const idByParameter = new Map<ApiParameter, string>();
  const used = new Set<string>();
  const keyOf = (p: ApiParameter) => `${p.in}\u0000${p.name}\u0000${p.type}\u0000${p.description ?? ''}`;
  for (const op of operations) {
    for (const p of op.parameters) {
      if (idByParameter.has(p)) continue;
      const key = keyOf(p);
      const known = byKey.get(key);
      if (known) {
        idByParameter.set(p, known.id);
        continue;
      }
      let id = `param-${p.name}`;
      for (let n = 2; used.has(id); n++) id = `param-${p.name}-${n}`;
      used.add(id);
      byKey.set(key, { id, parameter: p });
      idByParameter.set(p, id);
    }
  }
  const entries = [...byKey.values()].sort(
    (a, b) => Number(b.parameter.in === 'path') - Number(a.parameter.in === 'path') || a.parameter.name.localeCompare(b.parameter.name),
  );
  return { entries, idOf: (p) => idByParameter.get(p) ?? byKey.get(keyOf(p))?.id ?? '' };
}

const MODEL_INDEXES = new WeakMap<object, ParameterIndex>();

/**
 * Every distinct parameter of every operation of the model (resources and
 * subresources, in model order, so anchors are stable for a model): the
 * site's one parameter list (/parameters), which each resource page's
 * operations link to instead of repeating it (1.36: 204 entries for 1,058
 * operations; the Pod page carried 25 KB of them).
 */
export function modelParameterIndex(model: Pick<ApiModel, 'groups'>): ParameterIndex {
  let index = MODEL_INDEXES.get(model);
  if (!index) {
    const operations = model.groups.flatMap((g) =>
      g.versions.flatMap((v) => v.resources.flatMap((r) => [...r.operations, ...r.subresources.flatMap((s) => s.operations)])),
    );
    index = parameterGlossary(operations);
    MODEL_INDEXES.set(model, index);
  }
  return index;
}
