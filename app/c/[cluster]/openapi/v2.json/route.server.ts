import { fullSpecOf } from '@/app/_routes/openapi-json';
import { param } from '@/app/_routes/params';

// Server build: the named cluster's the OpenAPI document, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string }> }): Promise<Response> {
  return fullSpecOf(param((await params).cluster));
}
