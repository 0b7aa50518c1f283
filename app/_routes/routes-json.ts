import { allPagePaths } from '@/lib/site/page-paths';
import { getModelOf } from '@/lib/sources';
import { modelOrUnavailable } from './source-unavailable';

/**
 * Every page path of the site, for the 404 page's "did you mean". Served as a
 * static file in the export, per request on the server.
 */
export async function GET(): Promise<Response> {
  const loaded = await modelOrUnavailable();
  return 'response' in loaded ? loaded.response : Response.json({ paths: allPagePaths(loaded.model) });
}

/** `cluster`'s page paths (the primary's when undefined), unprefixed: the 404 page adds the prefix it was asked under. */
export async function pathsOf(cluster?: string): Promise<Response> {
  const model = await getModelOf(cluster);
  return Response.json({ paths: allPagePaths(model) });
}
