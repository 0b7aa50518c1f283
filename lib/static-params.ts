import 'server-only';
import type { ApiModel } from './model/types';
import { getBuildModel, isStaticExport } from './source';

/**
 * generateStaticParams for every dynamic route: the static export lists every
 * page of the model; the server lists none and renders each page on request
 * from the configured source, so a live cluster's new groups need no rebuild.
 */
export async function staticParams<T>(list: (model: ApiModel) => T[]): Promise<T[]> {
  if (!isStaticExport()) return [];
  return list(await getBuildModel());
}
