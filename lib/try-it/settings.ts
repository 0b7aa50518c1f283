import 'server-only';
import { readConfig } from '../config';
import { getRegistry } from '../sources';
import type { TryItMode } from './policy';

/**
 * Whether pages offer "Try it out", and in which mode: only the server build
 * serving a live cluster, unless `ATLAS_TRY_IT=off`. Snapshots and static
 * exports have no cluster to send to (and exports no server to hold credentials).
 * Off unless `ATLAS_TRY_IT` is set.
 */
/** Whether Try it out could be offered at all: the server build serving a live cluster. */
export function liveTryItSource(): boolean {
  const config = readConfig();
  return !config.staticExport && getRegistry().primary().kind === 'live';
}

export function tryItMode(): Exclude<TryItMode, 'off'> | undefined {
  const config = readConfig();
  if (config.staticExport || config.tryIt === 'off') return undefined;
  return getRegistry().primary().kind === 'live' ? config.tryIt : undefined;
}
