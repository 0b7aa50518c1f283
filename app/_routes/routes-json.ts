import { allPagePaths } from '@/lib/site/page-paths';
import { getModel } from '@/lib/sources';

/**
 * Every page path of the site, for the 404 page's "did you mean". Served as a
 * static file in the export, per request on the server.
 */
export async function GET(): Promise<Response> {
  const model = await getModel();
  return Response.json({ paths: allPagePaths(model) });
}
