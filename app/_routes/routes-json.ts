import { allPagePaths } from '@/lib/site/page-paths';
import { modelOrUnavailable } from './source-unavailable';

/**
 * Every page path of the site, for the 404 page's "did you mean". Served as a
 * static file in the export, per request on the server.
 */
export async function GET(): Promise<Response> {
  const loaded = await modelOrUnavailable();
  if ('response' in loaded) return loaded.response;
  const { model } = loaded;
  return Response.json({ paths: allPagePaths(model) });
}
