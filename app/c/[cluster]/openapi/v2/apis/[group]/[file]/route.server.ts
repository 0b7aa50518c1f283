import { groupVersionSpec } from '@/app/_routes/openapi-json';
import { param } from '@/app/_routes/params';

// Server build: a named group-version's slice on the named cluster, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; group: string; file: string }> }): Promise<Response> {
  const { cluster, group, file } = await params;
  return groupVersionSpec(group, file, param(cluster));
}
