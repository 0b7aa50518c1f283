/**
 * Loads the search engine in the browser: fetched and built on first use,
 * so pages whose visitors never search pay for neither. Imported dynamically
 * by the search box (components/search/SearchBox.client.tsx), which keeps
 * MiniSearch and the index code out of every page's initial JavaScript.
 */
import { clusterPath } from '../cluster-paths';
import { CrossClusterSearch } from './across-clusters';
import { SEARCH_INDEX_FORMAT, type SearchIndexData } from './index-data';
import { AtlasSearch } from './search';

export type { SearchResult } from './search';
export type { ClusterSearchResult } from './across-clusters';
export type { AtlasSearch, CrossClusterSearch };

/** Fetches `indexUrl` and builds the engine; rejects with a message naming the URL. */
export async function loadSearch(indexUrl: string): Promise<AtlasSearch> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`search index ${indexUrl}: HTTP ${response.status}`);
  const data = (await response.json()) as SearchIndexData;
  if (data.format !== SEARCH_INDEX_FORMAT)
    throw new Error(`search index ${indexUrl}: format ${String(data.format)}, expected ${SEARCH_INDEX_FORMAT}`);
  return new AtlasSearch(data);
}

/**
 * Every cluster's index (`/search-index.json`, `/c/NAME/search-index.json`),
 * searched as one, `current`'s results first. A cluster whose index cannot be
 * loaded (it is down) is left out and named in `missing`.
 */
export async function loadSearchAcrossClusters(
  basePath: string,
  clusters: readonly string[],
  primary: string,
  current: string,
): Promise<{ search: CrossClusterSearch; missing: string[] }> {
  const loaded = await Promise.allSettled(clusters.map((cluster) => loadSearch(`${basePath}${clusterPath(cluster, '/search-index.json', primary)}`)));
  const engines = clusters.flatMap((cluster, i) => {
    const result = loaded[i]!;
    return result.status === 'fulfilled' ? [{ cluster, engine: result.value }] : [];
  });
  return { search: new CrossClusterSearch(current, engines), missing: clusters.filter((_, i) => loaded[i]!.status === 'rejected') };
}
