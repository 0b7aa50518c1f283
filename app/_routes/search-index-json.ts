import { buildSearchIndex } from '@/lib/search/build-index';
import type { ApiModel } from '@/lib/model/types';
import { getModelOf } from '@/lib/sources';
import { modelOrUnavailable } from './source-unavailable';

/** The index's JSON per model: built once (~100 ms) however many requests ask. */
const built = new WeakMap<ApiModel, string>();

/**
 * The search index (lib/search/index-data.ts) of the configured source.
 * Served as a static file in the export, per request on the server; the
 * browser fetches it the first time the search box gets focus.
 */
export async function GET(): Promise<Response> {
  const loaded = await modelOrUnavailable();
  return 'response' in loaded ? loaded.response : indexOf(loaded.model);
}

/** `cluster`'s index (the primary's when undefined); its links are unprefixed, the search box adds the page's prefix. */
export async function searchIndexOf(cluster?: string): Promise<Response> {
  return indexOf(await getModelOf(cluster));
}

function indexOf(model: ApiModel): Response {
  let json = built.get(model);
  if (json === undefined) {
    json = JSON.stringify(buildSearchIndex(model));
    built.set(model, json);
  }
  return new Response(json, { headers: { 'content-type': 'application/json' } });
}
