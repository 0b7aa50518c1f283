import type { ClusterHealth } from '../model/served-where';
import type { SourceStatus } from './types';

/**
 * The refusals lib/kube/live/http-transport.ts words for 401 and 403 ("the
 * server did not accept the credentials of …", "the server does not allow
 * …"), and the Status reasons kube-apiserver sends for them.
 */
const REFUSED = /\b(?:did not accept the credentials|does not allow)\b|\b(?:401|403)\b|\b(?:Unauthorized|Forbidden)\b/;

/**
 * A source's health from its status: `ok`; `stale` while a last good copy is
 * served; `forbidden` when the server refused the site's credentials;
 * `down` for every other failure to load (unreachable, TLS, bad documents).
 */
export function healthOf(status: SourceStatus): ClusterHealth {
  if (status.model && status.stale) return { state: 'stale', detail: `since ${status.stale.since}: ${status.stale.reason}` };
  if (status.model) {
    const failing = status.model.groups.flatMap((g) => g.versions).filter((gv) => gv.error || gv.freshness === 'Stale');
    return failing.length > 0
      ? {
          state: 'ok',
          detail: `${failing.length === 1 ? 'one group-version' : `${failing.length} group-versions`} not answering: ${failing.map((gv) => gv.groupVersion).join(', ')}`,
        }
      : { state: 'ok' };
  }
  const reason = status.error ?? 'no model';
  return { state: REFUSED.test(reason) ? 'forbidden' : 'down', detail: reason };
}
