import 'server-only';
import { readConfig } from '../config';
import { requestCluster } from '../request-cluster';
import { getRegistry } from '../sources';
import type { TryItMode } from './policy';

/**
 * Whether pages offer "Try it out", and in which mode: only the server build
 * serving a live cluster, unless `ATLAS_TRY_IT=off`. Snapshots and static
 * exports have no cluster to send to (and exports no server to hold credentials).
 * Other clusters' pages (`/c/NAME`) have none either: the proxy sends with
 * the primary's connection only.
 */
export function tryItMode(): Exclude<TryItMode, 'off'> | undefined {
  const config = readConfig();
  if (config.staticExport || config.tryIt === 'off' || requestCluster().name !== undefined) return undefined;
  return getRegistry().primary().kind === 'live' ? config.tryIt : undefined;
}
