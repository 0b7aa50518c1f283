import { searchIndexOf } from '@/app/_routes/search-index-json';
import { param } from '@/app/_routes/params';

// Server build: the named cluster's the search index, per request.
export async function GET(_request: Request, { params }: { params: Promise<{ cluster: string }> }): Promise<Response> {
  return searchIndexOf(param((await params).cluster));
}
