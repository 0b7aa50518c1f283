import { groupVersionSpec } from '@/lib/routes/openapi-json';
import { param } from '@/lib/route-params';

// Server build: a core group-version's slice on the named cluster, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; file: string }> }): Promise<Response> {
  const { cluster, file } = await params;
  return groupVersionSpec('', file, param(cluster));
}
