import { fullSpecOf } from '@/lib/routes/openapi-json';
import { param } from '@/lib/route-params';

// Server build: the named cluster's the OpenAPI document, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string }> }): Promise<Response> {
  return fullSpecOf(param((await params).cluster));
}
