// Liveness (server build only): the process answers. Nothing is loaded or checked, so a slow or
// unreachable cluster never gets the pod restarted; /readyz says whether it can serve pages.
export const dynamic = 'force-dynamic';

export function GET(): Response {
  return new Response('ok\n', { headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}
