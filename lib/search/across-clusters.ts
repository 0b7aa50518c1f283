/**
 * Search across clusters: each cluster's own engine (lib/search/search.ts)
 * answers, and the answers merge into one list where each result says
 * which clusters serve it. The current cluster's results come first, in its
 * own order; results only other clusters have follow, best rank first.
 */
import type { AtlasSearch, SearchResult } from './search';

export interface ClusterSearchResult extends SearchResult {
  /** Where the link leads: the current cluster when it has the result, else the first cluster that does. */
  cluster: string;
  /** Every cluster with this result, the current one first, then in configuration order. */
  servedBy: string[];
}

export interface ClusterResults {
  cluster: string;
  results: readonly SearchResult[];
}

/**
 * What makes two clusters' results the same thing: its type, its title, and
 * the page it is on. A field's link differs between clusters that pre-render
 * different field views (`…/fields/spec.template` or `…#spec.template`), so
 * the field part of a link does not count.
 */
export function resultIdentity(result: SearchResult): string {
  const page = result.href.split('#')[0]!.replace(/\/fields\/.*$/, '');
  return `${result.type}|${result.title}|${page}`;
}

/** Merges each cluster's results (`perCluster` in configuration order); at most `limit`. */
export function mergeClusterResults(current: string, perCluster: readonly ClusterResults[], limit = 30): ClusterSearchResult[] {
  const ordered = [...perCluster.filter((c) => c.cluster === current), ...perCluster.filter((c) => c.cluster !== current)];
  const merged = new Map<string, { result: ClusterSearchResult; rank: number; currentFirst: boolean }>();
  for (const { cluster, results } of ordered) {
    results.forEach((result, rank) => {
      const key = resultIdentity(result);
      const known = merged.get(key);
      if (known) {
        known.result.servedBy.push(cluster);
        known.rank = Math.min(known.rank, rank);
      } else {
        merged.set(key, { result: { ...result, cluster, servedBy: [cluster] }, rank, currentFirst: cluster === current });
      }
    });
  }
  return [...merged.values()]
    .sort((a, b) => Number(b.currentFirst) - Number(a.currentFirst) || a.rank - b.rank)
    .slice(0, limit)
    .map((m) => m.result);
}

/** One search box over several clusters' engines. */
export class CrossClusterSearch {
  constructor(
    private readonly current: string,
    private readonly engines: ReadonlyArray<{ cluster: string; engine: Pick<AtlasSearch, 'search'> }>,
  ) {}

  search(query: string, limit = 30): ClusterSearchResult[] {
    return mergeClusterResults(
      this.current,
      this.engines.map(({ cluster, engine }) => ({ cluster, results: engine.search(query, limit) })),
      limit,
    );
  }
}
