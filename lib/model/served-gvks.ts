/**
 * Every group-version-kind any cluster serves, with where: the list that
 * answers "can I apply this manifest everywhere?". Pure; the filter is the
 * same function on the server and in the browser's filter box.
 */
import { groupVersionName } from './paths';
import type { ClusterServed } from './served-where';
import { compareVersionPriority } from './versions';

export interface GvkWhere {
  cluster: string;
  preferred: boolean;
  deprecated: boolean;
}

export interface GvkServing {
  group: string;
  version: string;
  kind: string;
  /** `apps/v1`: the manifest's `apiVersion`. */
  apiVersion: string;
  /** Plural names serving it (usually one). */
  resources: string[];
  /** Clusters serving it, in configuration order. */
  servedBy: GvkWhere[];
  /** Clusters known not to serve it. */
  missingFrom: string[];
  /** Clusters that never loaded: unknown. */
  unknownOn: string[];
}

/** Every GVK, sorted by kind, then group, then version priority. */
export function servedGvks(clusters: readonly ClusterServed[]): GvkServing[] {
  const byKey = new Map<string, GvkServing>();
  const unknownOn = clusters.filter((c) => !c.served).map((c) => c.name);
  for (const cluster of clusters) {
    for (const gv of cluster.served?.groupVersions ?? []) {
      for (const resource of gv.resources) {
        if (!resource.kind) continue;
        const key = `${gv.group}/${gv.version}/${resource.kind}`;
        let entry = byKey.get(key);
        if (!entry) {
          entry = {
            group: gv.group,
            version: gv.version,
            kind: resource.kind,
            apiVersion: groupVersionName(gv.group, gv.version),
            resources: [],
            servedBy: [],
            missingFrom: [],
            unknownOn,
          };
          byKey.set(key, entry);
        }
        if (!entry.resources.includes(resource.name)) entry.resources.push(resource.name);
        const known = entry.servedBy.find((w) => w.cluster === cluster.name);
        // A kind served by two resources of one group-version (rare) counts once per cluster.
        if (known) known.deprecated &&= resource.deprecated;
        else entry.servedBy.push({ cluster: cluster.name, preferred: gv.preferred, deprecated: resource.deprecated });
      }
    }
  }
  const known = clusters.filter((c) => c.served).map((c) => c.name);
  for (const entry of byKey.values()) {
    const serving = new Set(entry.servedBy.map((w) => w.cluster));
    entry.missingFrom = known.filter((name) => !serving.has(name));
  }
  return [...byKey.values()].sort(
    (a, b) => a.kind.localeCompare(b.kind) || a.group.localeCompare(b.group) || compareVersionPriority(a.version, b.version),
  );
}

export type GvkAvailability = 'any' | 'everywhere' | 'not-everywhere';

export interface GvkFilter {
  /** Words matched against kind, apiVersion and resource names, case-insensitive; all must match. */
  text?: string;
  availability?: GvkAvailability;
  /** Only GVKs this cluster serves. */
  cluster?: string;
}

/** Served by every configured cluster (an unknown cluster cannot confirm it). */
export function servedEverywhere(gvk: GvkServing): boolean {
  return gvk.missingFrom.length === 0 && gvk.unknownOn.length === 0;
}

/**
 * What a filter reads of a GVK, small enough to travel as data attributes
 * of a table row: the browser's filter box runs matchesGvkKey on rows the
 * server rendered.
 */
export interface GvkFilterKey {
  /** Kind, apiVersion and resource names, lower case, space-separated. */
  text: string;
  everywhere: boolean;
  clusters: string[];
}

export function gvkFilterKey(gvk: GvkServing): GvkFilterKey {
  return {
    text: [gvk.kind, gvk.apiVersion, ...gvk.resources].join(' ').toLowerCase(),
    everywhere: servedEverywhere(gvk),
    clusters: gvk.servedBy.map((w) => w.cluster),
  };
}

/** What the filter box keeps: every word somewhere in the names, the availability asked for, served by the cluster asked for. */
export function matchesGvkKey(key: GvkFilterKey, filter: GvkFilter): boolean {
  if (filter.availability === 'everywhere' && !key.everywhere) return false;
  if (filter.availability === 'not-everywhere' && key.everywhere) return false;
  if (filter.cluster && !key.clusters.includes(filter.cluster)) return false;
  const words = (filter.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => key.text.includes(word));
}

export function matchesGvkFilter(gvk: GvkServing, filter: GvkFilter): boolean {
  return matchesGvkKey(gvkFilterKey(gvk), filter);
}
