import { groupVersionSpec } from '@/app/_routes/openapi-json';

// Server build: the core group-version's slice, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  return groupVersionSpec('', (await params).file);
}
