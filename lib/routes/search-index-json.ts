import { buildSearchIndex } from '@/lib/search/build-index';
import { getModel } from '@/lib/source';

/**
 * The search index (lib/search/index-data.ts) of the configured source.
 * Served as a static file in the export, per request on the server; the
 * browser fetches it the first time search opens.
 */
export async function GET(): Promise<Response> {
  const model = await getModel();
  return Response.json(buildSearchIndex(model));
}
