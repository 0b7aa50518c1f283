import { allPagePaths } from '@/lib/site/page-paths';
import { getModelOf } from '@/lib/sources';

/**
 * Every page path of the site, for the 404 page's "did you mean". Served as a
 * static file in the export, per request on the server.
 */
export async function GET(): Promise<Response> {
  return pathsOf();
}

/** `cluster`'s page paths (the primary's when undefined), unprefixed: the 404 page adds the prefix it was asked under. */
export async function pathsOf(cluster?: string): Promise<Response> {
  const model = await getModelOf(cluster);
  return Response.json({ paths: allPagePaths(model) });
}
