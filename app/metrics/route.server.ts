// Prometheus metrics (server build only): lib/observability/metrics.ts.
import { metricsText } from '@/lib/observability/metrics';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const { contentType, body } = await metricsText();
  return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
}
