/**
 * Searching the index, in the browser (and in unit tests, the same code).
 *
 * MiniSearch finds the candidates: a radix tree over identifier tokens gives
 * prefix and typo-tolerant (edit distance) matches in well under a
 * millisecond. We chose it over Fuse.js (fuzzy-scans every document on every
 * keystroke, no prefix index) and FlexSearch/Orama (larger, and their
 * relevance is harder to steer): MiniSearch is small (~7 KB gzip), has no
 * dependencies, types included, and is actively kept.
 *
 * The order is ours, because "sensible" here is about Kubernetes, not term
 * frequencies: exact names (kind, resource, singular, short name) before
 * prefixes before typos; resources before kinds before groups, fields and
 * definitions; the preferred version, then stable before beta before alpha.
 */
import MiniSearch from 'minisearch';
import { fieldHref } from '../site/field-views';
import { definitionPath, groupPath, kindPath, resourcePath } from '../site/urls';
import { groupVersionName } from '../model/paths';
import { shortDefinitionName } from '../model/schema-types';
import { compareVersionPriority, type Stability } from '../model/versions';
import type { IndexedGroupVersion, IndexedResource, SearchIndexData } from './index-data';
import { fieldOccurrencesByName, type FieldOccurrence } from './paths';
import { identifierTokens } from './tokens';

export type SearchResultType = 'resource' | 'kind' | 'group' | 'groupVersion' | 'field' | 'definition' | 'rule';

export interface SearchResult {
  type: SearchResultType;
  /** What is found: `Deployment`, `spec.template.spec.tolerations`, a CEL rule's message. */
  title: string;
  /** Where: `apps/v1 · deployments · namespaced`, `Deployment · apps/v1 · []Toleration`. */
  detail: string;
  /** Site path (without base path). */
  href: string;
  stability?: Stability;
}

interface Candidate {
  result: SearchResult;
  /** 0 exact name, 1 prefix, 2 other (typo, word inside a name). */
  tier: number;
  /** Tie-breakers after tier and type, best first. */
  keys: Array<number | string>;
}

/** Longest query searched; longer input is cut (the longest 1.36 field path is under 100 characters). */
export const MAX_QUERY_LENGTH = 200;

const TYPE_RANK: Record<SearchResultType, number> = { resource: 0, kind: 1, groupVersion: 2, group: 3, field: 4, definition: 5, rule: 6 };

interface Entry {
  id: string;
  text: string;
  /** Lowercase names that count as exact or prefix hits. */
  names: string[];
  make: () => SearchResult;
  /** Rank among entries of the same tier and type (lower first). */
  order: Array<number | string>;
  stability?: Stability;
}

function tierOf(query: string, names: readonly string[]): number {
  let tier = 2;
  for (const name of names) {
    if (name === query) return 0;
    if (name.startsWith(query)) tier = 1;
  }
  return tier;
}

function compareKeys(a: ReadonlyArray<number | string>, b: ReadonlyArray<number | string>): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x).localeCompare(String(y));
  }
  return 0;
}

/** Sort key of a group-version: preferred first, then Kubernetes version priority. */
function versionKeys(gvs: readonly IndexedGroupVersion[]): Map<IndexedGroupVersion, number> {
  const sorted = [...gvs].sort((a, b) => Number(b.preferred) - Number(a.preferred) || compareVersionPriority(a.version, b.version));
  return new Map(sorted.map((gv, i) => [gv, i]));
}

/**
 * A path as API errors and JSONPath write it, as the dotted path kubectl
 * explain uses: `.spec.template.spec.containers[*].resources.limits`,
 * `spec.containers[0].image`, `spec.containers[].image` → `spec.containers.image`.
 * List indexes and map keys in brackets are dropped, and the leading dot.
 */
export function asFieldPath(query: string): string {
  if (!query.includes('[') && !query.startsWith('.')) return query;
  return query
    .replace(/\[[^\]]*\]/g, '')
    .replace(/^\.+/, '')
    .replace(/\.{2,}/g, '.');
}

export class AtlasSearch {
  private readonly mini: MiniSearch<{ id: string; text: string }>;
  private readonly entries = new Map<string, Entry>();
  private readonly versionRank: Map<IndexedGroupVersion, number>;
  private occurrences: Map<number, FieldOccurrence[]> | undefined;
  private ruleSites: { byField: Map<string, FieldOccurrence[]>; byChild: Map<number, FieldOccurrence[]> } | undefined;

  constructor(private readonly data: SearchIndexData) {
    this.versionRank = versionKeys(data.groupVersions);
    this.mini = new MiniSearch({
      fields: ['text'],
      tokenize: (text) => text.split(' ').flatMap(identifierTokens),
      searchOptions: {
        tokenize: (text) => text.split(/\s+/).filter(Boolean),
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    for (const entry of this.buildEntries()) this.entries.set(entry.id, entry);
    this.mini.addAll([...this.entries.values()].map(({ id, text }) => ({ id, text })));
  }

  private gvOf(resource: IndexedResource): IndexedGroupVersion {
    return this.data.groupVersions[resource.gv]!;
  }

  private resourceHref(resource: IndexedResource): string {
    const gv = this.gvOf(resource);
    return resourcePath({ group: gv.group, version: gv.version, name: resource.name });
  }

  private *buildEntries(): Generator<Entry> {
    const { data } = this;
    const kinds = new Map<string, IndexedResource[]>();
    for (const [i, r] of data.resources.entries()) {
      const gv = this.gvOf(r);
      const gvName = groupVersionName(gv.group, gv.version);
      const names = [r.kind, r.name, r.singular, ...r.shortNames].filter(Boolean).map((n) => n.toLowerCase());
      yield {
        id: `r${i}`,
        text: [r.kind, r.name, r.singular, ...r.shortNames].filter(Boolean).join(' '),
        names,
        stability: gv.stability,
        order: [this.versionRank.get(gv) ?? 0, i],
        make: () => ({
          type: 'resource',
          title: r.kind || r.name,
          detail: `${gvName} · ${r.name}${r.shortNames.length ? ` (${r.shortNames.join(', ')})` : ''} · ${r.namespaced ? 'namespaced' : 'cluster'}`,
          href: this.resourceHref(r),
          stability: gv.stability,
        }),
      };
      if (r.kind) kinds.set(r.kind, [...(kinds.get(r.kind) ?? []), r]);
    }
    for (const [kind, served] of kinds) {
      const versions = served.map((r) => groupVersionName(this.gvOf(r).group, this.gvOf(r).version));
      const aliases = [...new Set(served.flatMap((r) => [r.name, r.singular, ...r.shortNames]).filter(Boolean))];
      yield {
        id: `k${kind}`,
        text: [kind, ...aliases].join(' '),
        names: [kind, ...aliases].map((n) => n.toLowerCase()),
        order: [kind],
        make: () => ({ type: 'kind', title: kind, detail: `kind · served by ${versions.join(', ')}`, href: kindPath(kind) }),
      };
    }
    const groups = new Map<string, IndexedGroupVersion[]>();
    for (const [i, gv] of data.groupVersions.entries()) {
      const name = groupVersionName(gv.group, gv.version);
      groups.set(gv.group, [...(groups.get(gv.group) ?? []), gv]);
      yield {
        id: `v${i}`,
        text: name,
        names: [name.toLowerCase()],
        stability: gv.stability,
        order: [this.versionRank.get(gv) ?? 0],
        make: () => ({
          type: 'groupVersion',
          title: name,
          detail: `group-version${gv.preferred ? ' · preferred' : ''}`,
          href: gv.path,
          stability: gv.stability,
        }),
      };
    }
    for (const [group, gvs] of groups) {
      const display = group || 'core';
      yield {
        id: `g${display}`,
        text: display,
        names: [display.toLowerCase()],
        order: [display],
        make: () => ({
          type: 'group',
          title: display,
          detail: `API group · ${gvs.map((gv) => gv.version).join(', ')}`,
          href: groupPath(group),
        }),
      };
    }
    for (const [i, name] of data.definitions.entries()) {
      const short = shortDefinitionName(name);
      yield {
        id: `d${i}`,
        text: `${short} ${name}`,
        names: [short.toLowerCase(), name.toLowerCase()],
        order: [short.length, name],
        make: () => ({ type: 'definition', title: short, detail: name, href: definitionPath(name) }),
      };
    }
    for (const [i, [, , ruleText, messageText]] of (data.rules ?? []).entries()) {
      // A CEL rule, found by its message (what an API error quotes) or its expression; expanded into one result per path in search().
      const message = data.ruleTexts?.[messageText] ?? '';
      const rule = data.ruleTexts?.[ruleText] ?? '';
      yield {
        id: `c${i}`,
        text: `${message} ${rule}`,
        names: [],
        order: [],
        make: () => ({ type: 'rule', title: message || rule, detail: '', href: '' }),
      };
    }
    for (const [i, name] of data.names.entries()) {
      // Expanded into one result per path in search(); no result of its own.
      yield { id: `f${i}`, text: name, names: [name.toLowerCase()], order: [], make: () => ({ type: 'field', title: name, detail: '', href: '' }) };
    }
  }

  /** Results for what the user typed, best first. */
  search(query: string, limit = 30): SearchResult[] {
    // MiniSearch's fuzzy matching allocates a matrix quadratic in the term's length: a pasted
    // megabyte would ask for a terabyte. No name or field path is near this long.
    const q = asFieldPath(query.trim().toLowerCase().slice(0, MAX_QUERY_LENGTH));
    if (!q) return [];
    const candidates: Candidate[] = [];
    const fieldNames = new Map<number, number>();
    const rules = new Map<number, number>();
    for (const hit of this.mini.search(q)) {
      const entry = this.entries.get(String(hit.id));
      if (!entry) continue;
      const tier = tierOf(q, entry.names);
      if (entry.id.startsWith('f')) {
        fieldNames.set(Number(entry.id.slice(1)), tier);
        continue;
      }
      if (entry.id.startsWith('c')) {
        rules.set(Number(entry.id.slice(1)), hit.score);
        continue;
      }
      // A typo match orders by closeness (MiniSearch's score) before the entry's own order.
      const result = entry.make();
      candidates.push({ result, tier, keys: [TYPE_RANK[result.type], tier === 2 ? -hit.score : 0, ...entry.order] });
    }
    candidates.push(...this.fieldCandidates(q, fieldNames));
    if (rules.size > 0) candidates.push(...this.ruleCandidates(rules));
    candidates.sort((a, b) => a.tier - b.tier || compareKeys(a.keys, b.keys));
    return candidates.slice(0, limit).map((c) => c.result);
  }

  private fieldCandidates(q: string, fieldNames: Map<number, number>): Candidate[] {
    this.occurrences ??= fieldOccurrencesByName(this.data);
    const found: Array<{ occurrence: FieldOccurrence; tier: number }> = [];
    if (q.includes('.') && !q.includes(' ')) {
      found.push(...this.dottedMatches(q));
    } else {
      for (const [nameIndex, tier] of fieldNames) {
        for (const occurrence of this.occurrences.get(nameIndex) ?? []) found.push({ occurrence, tier });
      }
    }
    // One result per kind and path: the preferred (or highest) version of the kind.
    const best = new Map<string, { occurrence: FieldOccurrence; tier: number; rank: number }>();
    for (const item of found) {
      const resource = this.data.resources[item.occurrence.resource]!;
      const gv = this.gvOf(resource);
      const key = `${gv.group}/${resource.kind}/${item.occurrence.path}`;
      const rank = this.versionRank.get(gv) ?? 0;
      const known = best.get(key);
      if (!known || item.tier < known.tier || (item.tier === known.tier && rank < known.rank)) best.set(key, { ...item, rank });
    }
    // Each kind's shortest path first, then the kinds' second paths: `image` lists every kind before Pod's initContainers.
    const byKind = new Map<string, Array<{ occurrence: FieldOccurrence; tier: number; rank: number }>>();
    for (const item of best.values()) {
      const resource = this.data.resources[item.occurrence.resource]!;
      const key = `${this.gvOf(resource).group}/${resource.kind}`;
      byKind.set(key, [...(byKind.get(key) ?? []), item]);
    }
    const candidates: Candidate[] = [];
    for (const items of byKind.values()) {
      items.sort((a, b) => a.tier - b.tier || a.occurrence.depth - b.occurrence.depth || a.occurrence.path.localeCompare(b.occurrence.path));
      items.forEach((item, nth) => {
        const { occurrence } = item;
        const resource = this.data.resources[occurrence.resource]!;
        const gv = this.gvOf(resource);
        candidates.push({
          tier: item.tier,
          keys: [TYPE_RANK.field, nth, occurrence.depth, occurrence.resource, occurrence.path],
          result: {
            type: 'field',
            title: occurrence.path,
            detail: `${resource.kind} · ${groupVersionName(gv.group, gv.version)} · ${occurrence.type}`,
            href: fieldHref(this.resourceHref(resource), resource.views ?? [], occurrence.path),
            stability: gv.stability,
          },
        });
      });
    }
    return candidates;
  }

  /**
   * Each CEL rule found, at every path where it applies: on the field it is
   * declared on, or (a rule on an object) on every field whose value is that
   * object, or on the resource itself for its root object. One result per
   * kind, path and rule: the preferred (or highest) version.
   */
  private ruleCandidates(rules: Map<number, number>): Candidate[] {
    this.occurrences ??= fieldOccurrencesByName(this.data);
    if (!this.ruleSites) {
      const byField = new Map<string, FieldOccurrence[]>();
      const byChild = new Map<number, FieldOccurrence[]>();
      for (const list of this.occurrences.values()) {
        for (const o of list) {
          const key = `${o.object}:${o.position}`;
          byField.set(key, [...(byField.get(key) ?? []), o]);
          if (o.child >= 0) byChild.set(o.child, [...(byChild.get(o.child) ?? []), o]);
        }
      }
      this.ruleSites = { byField, byChild };
    }
    const best = new Map<string, { candidate: Candidate; rank: number }>();
    for (const [ruleIndex, score] of rules) {
      const [object, position, ruleText, messageText] = this.data.rules?.[ruleIndex] ?? [-1, -1, -1, -1];
      const title = this.data.ruleTexts?.[messageText] ?? this.data.ruleTexts?.[ruleText] ?? '';
      const sites: Array<{ resource: number; path: string; depth: number }> =
        position >= 0 ? (this.ruleSites.byField.get(`${object}:${position}`) ?? []) : [...(this.ruleSites.byChild.get(object) ?? [])];
      if (position < 0) this.data.resources.forEach((r, i) => r.root === object && sites.push({ resource: i, path: '', depth: 0 }));
      for (const site of sites) {
        const resource = this.data.resources[site.resource]!;
        const gv = this.gvOf(resource);
        const key = `${gv.group}/${resource.kind}/${site.path}/${ruleText}`;
        const rank = this.versionRank.get(gv) ?? 0;
        const known = best.get(key);
        if (known && known.rank <= rank) continue;
        const href = this.resourceHref(resource);
        best.set(key, {
          rank,
          candidate: {
            tier: 2,
            keys: [TYPE_RANK.rule, -score, site.depth, site.resource, site.path],
            result: {
              type: 'rule',
              title,
              detail: `${resource.kind} · ${groupVersionName(gv.group, gv.version)} · ${site.path || 'the object itself'}`,
              href: site.path ? fieldHref(href, resource.views ?? [], site.path) : href,
              stability: gv.stability,
            },
          },
        });
      }
    }
    return [...best.values()].map((b) => b.candidate);
  }

  /**
   * `containers.image` (the end of a path) or `deployment.spec.replicas`
   * (a resource name, kubectl explain style, then the path from the top).
   * The last segment may be a prefix: `spec.template.spec.tol`.
   */
  private dottedMatches(q: string): Array<{ occurrence: FieldOccurrence; tier: number }> {
    const segments = q.split('.');
    const last = segments[segments.length - 1] ?? '';
    const qualifier = segments[0] ?? '';
    const qualified = new Set<number>();
    this.data.resources.forEach((r, i) => {
      if ([r.kind, r.name, r.singular, ...r.shortNames].some((n) => n.toLowerCase() === qualifier)) qualified.add(i);
    });
    const matches: Array<{ occurrence: FieldOccurrence; tier: number }> = [];
    this.data.names.forEach((name, nameIndex) => {
      const lower = name.toLowerCase();
      if (!lower.startsWith(last)) return;
      const tier = lower === last ? 0 : 1;
      for (const occurrence of this.occurrences?.get(nameIndex) ?? []) {
        const path = occurrence.path.toLowerCase().split('.');
        const fromTop =
          qualified.has(occurrence.resource) && path.length === segments.length - 1 && segments.slice(1, -1).every((s, i) => s === path[i]);
        const suffix = segments.slice(0, -1);
        const ending = path.length >= segments.length && suffix.every((s, i) => s === path[path.length - segments.length + i]);
        if (fromTop || ending) matches.push({ occurrence, tier });
      }
    });
    return matches;
  }
}
