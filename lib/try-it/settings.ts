import 'server-only';
import { requestCluster } from '../request-cluster';
import { configOrUndefined, getRegistry } from '../sources';
import type { TryItMode } from './policy';

/**
 * Whether pages offer "Try it out", and in which mode: only the server build
 * serving a live cluster, and only when `ATLAS_TRY_IT` is set (`off`: a live
 * cluster, but the operator has not turned it on; the tab says how).
 * Snapshots and static exports have no cluster to send to (and exports no
 * server to hold credentials): undefined.
 * Other clusters' pages (`/c/NAME`) have none either: the proxy sends with
 * the primary's connection only.
 */
export function tryItMode(): TryItMode | undefined {
  const config = configOrUndefined();
  if (!config || config.staticExport || requestCluster().name !== undefined) return undefined;
  return getRegistry().primary().kind === 'live' ? config.tryIt : undefined;
}
