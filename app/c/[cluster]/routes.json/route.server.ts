import { pathsOf } from '@/app/_routes/routes-json';
import { param } from '@/app/_routes/params';

// Server build: the named cluster's every page path (the 404 page), per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string }> }): Promise<Response> {
  return pathsOf(param((await params).cluster));
}
