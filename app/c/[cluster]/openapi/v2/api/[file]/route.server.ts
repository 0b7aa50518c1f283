import { groupVersionSpec } from '@/app/_routes/openapi-json';
import { param } from '@/app/_routes/params';

// Server build: a core group-version's slice on the named cluster, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string; file: string }> }): Promise<Response> {
  const { cluster, file } = await params;
  return groupVersionSpec('', file, param(cluster));
}
