// Readiness (server build only): see lib/observability/readiness.ts.
import { getRegistry } from '@/lib/sources';
import { readiness } from '@/lib/observability/readiness';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const { ready, message } = await readiness(getRegistry().primary());
  return new Response(`${message}\n`, {
    status: ready ? 200 : 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}
