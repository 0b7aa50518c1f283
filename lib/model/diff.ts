/**
 * The difference between two API models: group-versions and resources added
 * and removed (with the replacement to use where the kind is still served
 * elsewhere), and per resource served by both, verbs, subresources and every
 * schema field added, removed or changed. Pure and deterministic: output is
 * sorted by group, version priority and name.
 */
import { fieldFacts, type FieldFacts } from './flatten';
import type { ApiGroupVersion, ApiModel, ApiResource, Stability } from './types';
import { compareVersionPriority } from './versions';

export interface GroupVersionRef {
  group: string;
  version: string;
  groupVersion: string;
  stability: Stability;
  path: string;
  resources: number;
}

export interface ResourceRef {
  group: string;
  version: string;
  groupVersion: string;
  name: string;
  kind: string;
}

export interface RemovedResource extends ResourceRef {
  /** The same kind where the newer source still serves it ("use X instead"). */
  replacement?: ResourceRef;
}

export type FieldChangeKind = 'added' | 'removed' | 'changed';

export interface FieldChange {
  path: string;
  change: FieldChangeKind;
  /**
   * What changed, in words: `type string → integer`, `now required`, `enum +Foo −Bar`, `default 1 → 2`,
   * `validation rules +"RULE" (MESSAGE)`, `nullable true`, `no maxItems (was 16)`, `x-kubernetes-list-type atomic → map`, `description`.
   */
  details: string[];
  before?: FieldFacts;
  after?: FieldFacts;
}

export interface ResourceDiff {
  from: ResourceRef;
  to: ResourceRef;
  verbsAdded: string[];
  verbsRemoved: string[];
  subresourcesAdded: string[];
  subresourcesRemoved: string[];
  scopeChanged?: { from: string; to: string };
  fields: FieldChange[];
  /** Field changes other than description wording. */
  significantFields: number;
}

export interface ModelDiff {
  from: string;
  to: string;
  groupVersionsAdded: GroupVersionRef[];
  groupVersionsRemoved: GroupVersionRef[];
  resourcesAdded: ResourceRef[];
  resourcesRemoved: RemovedResource[];
  /** Resources served by both sources with at least one change. */
  resourcesChanged: ResourceDiff[];
  /** Resources served by both sources and identical. */
  resourcesUnchanged: number;
}

const gvKey = (group: string, version: string) => `${group}/${version}`;

function gvRef(gv: ApiGroupVersion): GroupVersionRef {
  return {
    group: gv.group,
    version: gv.version,
    groupVersion: gv.groupVersion,
    stability: gv.stability,
    path: gv.path,
    resources: gv.resources.length,
  };
}

function resourceRef(resource: ApiResource): ResourceRef {
  const groupVersion = resource.group ? `${resource.group}/${resource.version}` : resource.version;
  return { group: resource.group, version: resource.version, groupVersion, name: resource.name, kind: resource.kind };
}

function groupVersions(model: ApiModel): Map<string, ApiGroupVersion> {
  return new Map(model.groups.flatMap((g) => g.versions.map((v) => [gvKey(v.group, v.version), v] as const)));
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Core first, then groups by name, versions by priority, then names. */
function compareRefs(a: { group: string; version: string; name?: string }, b: { group: string; version: string; name?: string }): number {
  if (a.group !== b.group) return a.group === '' ? -1 : b.group === '' ? 1 : byName(a.group, b.group);
  return compareVersionPriority(a.version, b.version) || byName(a.name ?? '', b.name ?? '');
}

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join('\u0000') === (b ?? []).join('\u0000');
}

/** Compares the facts of one field present on both sides. */
function fieldDetails(before: FieldFacts, after: FieldFacts): string[] {
  const details: string[] = [];
  if (before.type !== after.type) details.push(`type ${before.type} → ${after.type}`);
  if (before.required !== after.required) details.push(after.required ? 'now required' : 'no longer required');
  if (!sameList(before.enum, after.enum)) {
    const was = new Set(before.enum ?? []);
    const now = new Set(after.enum ?? []);
    const added = [...now].filter((v) => !was.has(v));
    const removed = [...was].filter((v) => !now.has(v));
    if (!before.enum) details.push('now an enum');
    else if (!after.enum) details.push('no longer an enum');
    else details.push(`enum ${[...added.map((v) => `+${v}`), ...removed.map((v) => `−${v}`)].join(' ')}`.trim());
  }
  if (before.default !== after.default) {
    if (before.default === undefined) details.push(`default ${after.default ?? ''}`);
    else if (after.default === undefined) details.push(`no default (was ${before.default})`);
    else details.push(`default ${before.default} → ${after.default}`);
  }
  if (!sameList(before.validations, after.validations)) {
    const was = new Set(before.validations ?? []);
    const now = new Set(after.validations ?? []);
    const added = [...now].filter((v) => !was.has(v)).map((v) => `+${v}`);
    const removed = [...was].filter((v) => !now.has(v)).map((v) => `−${v}`);
    details.push(`validation rules ${[...added, ...removed].join(' ') || 'reordered'}`);
  }
  details.push(...valueChanges({ format: before.format, ...before.constraints }, { format: after.format, ...after.constraints }));
  if ((before.description ?? '') !== (after.description ?? '')) details.push('description');
  return details;
}

/**
 * `nullable true`, `no maxItems (was 16)`, `pattern ^a → ^b`, in key order:
 * each constraint (format, nullable, oneOf…, list and map keys…) set, unset or changed.
 */
function valueChanges(before: Record<string, string | undefined>, after: Record<string, string | undefined>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byName);
  return keys.flatMap((key) => {
    const was = before[key];
    const now = after[key];
    if (was === now) return [];
    if (was === undefined) return [`${key} ${now}`];
    if (now === undefined) return [`no ${key} (was ${was})`];
    return [`${key} ${was} → ${now}`];
  });
}

/** Field-by-field comparison of two definitions (possibly from different documents). */
export function diffFields(before: Map<string, FieldFacts>, after: Map<string, FieldFacts>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [path, facts] of before) {
    const now = after.get(path);
    if (!now) {
      changes.push({ path, change: 'removed', details: [], before: facts });
      continue;
    }
    const details = fieldDetails(facts, now);
    if (details.length > 0) changes.push({ path, change: 'changed', details, before: facts, after: now });
  }
  for (const [path, facts] of after) {
    if (!before.has(path)) changes.push({ path, change: 'added', details: [], after: facts });
  }
  return changes.sort((a, b) => byName(a.path, b.path));
}

function diffResource(fromModel: ApiModel, toModel: ApiModel, from: ApiResource, to: ApiResource): ResourceDiff | undefined {
  const verbsAdded = to.verbs.filter((v) => !from.verbs.includes(v)).sort(byName);
  const verbsRemoved = from.verbs.filter((v) => !to.verbs.includes(v)).sort(byName);
  const fromSubs = from.subresources.map((s) => s.name);
  const toSubs = to.subresources.map((s) => s.name);
  const subresourcesAdded = toSubs.filter((s) => !fromSubs.includes(s)).sort(byName);
  const subresourcesRemoved = fromSubs.filter((s) => !toSubs.includes(s)).sort(byName);
  const fields =
    from.definition && to.definition
      ? diffFields(fieldFacts(fromModel.definitions, from.definition), fieldFacts(toModel.definitions, to.definition))
      : [];
  const significantFields = fields.filter((f) => f.change !== 'changed' || f.details.some((d) => d !== 'description')).length;
  const scopeChanged = from.scope !== to.scope ? { from: from.scope, to: to.scope } : undefined;
  if (verbsAdded.length + verbsRemoved.length + subresourcesAdded.length + subresourcesRemoved.length + fields.length === 0 && !scopeChanged)
    return undefined;
  return {
    from: resourceRef(from),
    to: resourceRef(to),
    verbsAdded,
    verbsRemoved,
    subresourcesAdded,
    subresourcesRemoved,
    ...(scopeChanged ? { scopeChanged } : {}),
    fields,
    significantFields,
  };
}

/** Where `to` still serves the kind of a removed resource: the same group first (preferred version), else another group. */
function findReplacement(to: ApiModel, removed: ApiResource): ResourceRef | undefined {
  const candidates = to.groups.flatMap((g) =>
    g.versions.flatMap((v) =>
      v.resources
        .filter((r) => r.kind === removed.kind && r.name === removed.name)
        .map((r) => ({ r, preferred: v.preferred, sameGroup: g.name === removed.group })),
    ),
  );
  candidates.sort(
    (a, b) =>
      Number(b.sameGroup) - Number(a.sameGroup) || Number(b.preferred) - Number(a.preferred) || compareVersionPriority(a.r.version, b.r.version),
  );
  const best = candidates[0];
  return best ? resourceRef(best.r) : undefined;
}

/** Compares two models: `from` is the older or reference source, `to` the newer or the cluster. */
export function diffModels(from: ApiModel, to: ApiModel, names: { from: string; to: string } = { from: from.source, to: to.source }): ModelDiff {
  const fromGvs = groupVersions(from);
  const toGvs = groupVersions(to);
  const groupVersionsAdded = [...toGvs].filter(([key]) => !fromGvs.has(key)).map(([, gv]) => gvRef(gv));
  const groupVersionsRemoved = [...fromGvs].filter(([key]) => !toGvs.has(key)).map(([, gv]) => gvRef(gv));

  const resourcesAdded: ResourceRef[] = [];
  const resourcesRemoved: RemovedResource[] = [];
  const resourcesChanged: ResourceDiff[] = [];
  let resourcesUnchanged = 0;
  for (const [key, fromGv] of fromGvs) {
    const toGv = toGvs.get(key);
    for (const resource of fromGv.resources) {
      const counterpart = toGv?.resources.find((r) => r.name === resource.name);
      if (!counterpart) {
        const replacement = findReplacement(to, resource);
        resourcesRemoved.push({ ...resourceRef(resource), ...(replacement ? { replacement } : {}) });
        continue;
      }
      const diff = diffResource(from, to, resource, counterpart);
      if (diff) resourcesChanged.push(diff);
      else resourcesUnchanged += 1;
    }
  }
  for (const [key, toGv] of toGvs) {
    const fromGv = fromGvs.get(key);
    for (const resource of toGv.resources) {
      if (!fromGv?.resources.some((r) => r.name === resource.name)) resourcesAdded.push(resourceRef(resource));
    }
  }

  return {
    from: names.from,
    to: names.to,
    groupVersionsAdded: groupVersionsAdded.sort(compareRefs),
    groupVersionsRemoved: groupVersionsRemoved.sort(compareRefs),
    resourcesAdded: resourcesAdded.sort(compareRefs),
    resourcesRemoved: resourcesRemoved.sort(compareRefs),
    resourcesChanged: resourcesChanged.sort((a, b) => compareRefs(a.to, b.to)),
    resourcesUnchanged,
  };
}
