import type { ApiModel } from '@/lib/model/types';
import { getPrimaryStatus } from '@/lib/sources';
import { httpStatusOf } from '@/lib/sources/failure';

/**
 * The model for a JSON route, or the answer to give when the primary
 * source never loaded: 502 or 503 (as the pages, lib/sources/failure.ts) with a JSON body naming the source and why, so
 * monitoring and the browser code see a failure (a thrown error answered
 * 500 with an empty body). A source serving its last good copy answers
 * with that copy, as the pages do.
 */
export async function modelOrUnavailable(): Promise<{ model: ApiModel } | { response: Response }> {
  const status = await getPrimaryStatus();
  if (status.model) return { model: status.model };
  return {
    response: Response.json(
      { error: `Cannot load the API from ${status.location}`, source: status.location, reason: status.error ?? 'the source has not loaded' },
      { status: httpStatusOf(status), headers: { 'cache-control': 'no-store' } },
    ),
  };
}
