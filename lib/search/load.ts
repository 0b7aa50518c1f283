/**
 * Loads the search engine in the browser: fetched and built on first use,
 * so pages whose visitors never search pay for neither. Imported dynamically
 * by the search box (components/search/SearchBox.client.tsx), which keeps
 * MiniSearch and the index code out of every page's initial JavaScript.
 */
import { SEARCH_INDEX_FORMAT, type SearchIndexData } from './index-data';
import { AtlasSearch } from './search';

export type { SearchResult } from './search';
export type { AtlasSearch };

/** Fetches `indexUrl` and builds the engine; rejects with a message naming the URL. */
export async function loadSearch(indexUrl: string): Promise<AtlasSearch> {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`search index ${indexUrl}: HTTP ${response.status}`);
  const data = (await response.json()) as SearchIndexData;
  if (data.format !== SEARCH_INDEX_FORMAT)
    throw new Error(`search index ${indexUrl}: format ${String(data.format)}, expected ${SEARCH_INDEX_FORMAT}`);
  return new AtlasSearch(data);
}
