/**
 * Every field path of a definition with the facts a diff compares. Unlike
 * the page tree, repeated definitions are expanded at every use (a change
 * inside Container must show under spec.containers and spec.initContainers),
 * cycles stop, and results are cached per definitions object.
 */
import { buildFieldTree, type FieldNode } from './schema';
import type { Schema } from './schema-types';

export interface FieldFacts {
  type: string;
  required: boolean;
  enum?: string[];
  description?: string;
  /** The default, JSON-encoded (OpenAPI v3 and CRDs; v2 prunes CRD defaults). */
  default?: string;
  /** `x-kubernetes-validations`: each CEL rule with its message, as `"RULE" (MESSAGE)`. */
  validations?: string[];
  format?: string;
  /**
   * Every other constraint and marker the field tree shows, by key:
   * `nullable`, `oneOf`/`anyOf`/`allOf`/`not` (as their shapes), `minimum`,
   * `pattern`, `maxItems`…, `x-kubernetes-list-type`, `x-kubernetes-list-map-keys`,
   * `x-kubernetes-map-type`, `x-kubernetes-preserve-unknown-fields`…
   */
  constraints?: Record<string, string>;
}

/** The hints a diff compares as constraints: all but the CEL rules, which are compared rule by rule. */
function constraintsOf(hints: FieldNode['hints']): Record<string, string> | undefined {
  const constraints = Object.fromEntries(
    (hints ?? []).filter((h) => h.key !== 'x-kubernetes-validations' && !h.key.endsWith('.x-kubernetes-validations')).map((h) => [h.key, h.value]),
  );
  return Object.keys(constraints).length > 0 ? constraints : undefined;
}

/** `"RULE" (MESSAGE)` for each rule of an `x-kubernetes-validations` hint; unreadable entries are kept as written. */
function validationRules(hints: FieldNode['hints'], key = 'x-kubernetes-validations'): string[] | undefined {
  const hint = hints?.find((h) => h.key === key);
  if (!hint) return undefined;
  let rules: unknown;
  try {
    rules = JSON.parse(hint.value);
  } catch {
    return [hint.value];
  }
  if (!Array.isArray(rules)) return [hint.value];
  return rules.map((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return JSON.stringify(entry) ?? String(entry);
    const { rule, message, messageExpression, reason, fieldPath } = entry as Record<string, unknown>;
    // A rule is the same rule only with the same error: message (or the expression building it), reason and fieldPath.
    const said =
      typeof message === 'string' && message ? message : typeof messageExpression === 'string' && messageExpression ? messageExpression : '';
    const where = [
      typeof reason === 'string' && reason ? `reason ${reason}` : '',
      typeof fieldPath === 'string' && fieldPath ? `fieldPath ${fieldPath}` : '',
    ]
      .filter(Boolean)
      .join(', ');
    return `${JSON.stringify(rule)}${said ? ` (${said})` : ''}${where ? ` [${where}]` : ''}`;
  });
}

/** Most field paths compared per resource. */
export const FACTS_FIELD_BUDGET = 20_000;

const cache = new WeakMap<Record<string, Schema>, Map<string, Map<string, FieldFacts>>>();

function flatten(nodes: readonly FieldNode[], into: Map<string, FieldFacts>): void {
  for (const node of nodes) {
    // Rules on each list item or map value are rules of this field too: `items: "RULE" (MESSAGE)`.
    const itemRules = (node.itemHints ?? [])
      .filter((h) => h.key.endsWith('.x-kubernetes-validations'))
      .flatMap((h) => (validationRules([h], h.key) ?? []).map((rule) => `${h.key.slice(0, -'.x-kubernetes-validations'.length)}: ${rule}`));
    const ownRules = validationRules(node.hints);
    const validations = ownRules || itemRules.length > 0 ? [...(ownRules ?? []), ...itemRules] : undefined;
    const constraints = constraintsOf([...(node.hints ?? []), ...(node.itemHints ?? [])]);
    into.set(node.path, {
      type: node.type,
      required: node.required,
      ...(node.enum ? { enum: node.enum } : {}),
      ...(node.description ? { description: node.description } : {}),
      ...(node.default !== undefined ? { default: node.default } : {}),
      ...(validations ? { validations } : {}),
      ...(node.format ? { format: node.format } : {}),
      ...(constraints ? { constraints } : {}),
    });
    if (node.children) flatten(node.children, into);
  }
}

/** Field path → facts for `definition`, memoized per definitions object. */
export function fieldFacts(definitions: Record<string, Schema>, definition: string): Map<string, FieldFacts> {
  let perDefinition = cache.get(definitions);
  if (!perDefinition) {
    perDefinition = new Map();
    cache.set(definitions, perDefinition);
  }
  const known = perDefinition.get(definition);
  if (known) return known;
  const facts = new Map<string, FieldFacts>();
  // Depth 12 covers every real Kubernetes path; it bounds pathological CRDs. Expanding
  // repeats makes a schema whose definitions each use the next one k times grow as k^depth:
  // the field budget (15× Pod's 1,361 paths in 1.36) bounds hostile ones.
  flatten(buildFieldTree(definitions, definition, { expandRepeats: true, maxDepth: 12, maxFields: FACTS_FIELD_BUDGET, itemHints: true }), facts);
  perDefinition.set(definition, facts);
  return facts;
}
