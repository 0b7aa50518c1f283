import { groupVersionSpec } from '@/lib/routes/openapi-json';
import { param } from '@/lib/route-params';

// Server build: a named group-version's slice on the named cluster, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; group: string; file: string }> }): Promise<Response> {
  const { cluster, group, file } = await params;
  return groupVersionSpec(group, file, param(cluster));
}
