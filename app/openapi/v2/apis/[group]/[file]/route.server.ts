import { groupVersionSpec } from '@/app/_routes/openapi-json';

// Server build: a named group-version's slice, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ group: string; file: string }> }): Promise<Response> {
  const { group, file } = await params;
  return groupVersionSpec(group, file);
}
