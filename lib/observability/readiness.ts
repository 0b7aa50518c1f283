import type { Source } from '../sources/types';

/** How long /readyz waits for a load in progress before answering "not yet". */
const WAIT_MS = 2000;

/**
 * Whether the site can serve pages: the primary source has a model, fresh or
 * a last good copy served while its cluster is unreachable (pages then say
 * so). Not ready before the first load succeeds. Asking starts the load, so
 * the first probe warms the site; a load slower than WAIT_MS answers "not
 * yet" and goes on in the background.
 */
export async function readiness(source: Source, waitMs = WAIT_MS): Promise<{ ready: boolean; message: string }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  const status = await Promise.race([source.status(), timeout]).finally(() => clearTimeout(timer));
  if (!status) return { ready: false, message: `not ready: ${source.name} is still loading` };
  if (!status.model) return { ready: false, message: `not ready: ${source.name} has not loaded: ${status.error ?? 'unknown error'}` };
  if (status.stale)
    return { ready: true, message: `ready: ${source.name} serving documents last good at ${status.stale.lastGood} (${status.stale.reason})` };
  return { ready: true, message: `ready: ${source.name}` };
}
