import 'server-only';
import { cache } from 'react';
import { readConfig } from '../config';
import { getRegistry } from './process-registry';
import { AtlasError } from '../errors';
import type { ApiModel } from '../model/types';
import type { SourceStatus } from './types';

export type { Source, SourceStatus } from './types';

export { getRegistry } from './process-registry';

/** The primary source's status for the current request: one refresh check per request (React cache()). */
export const getPrimaryStatus = cache((): Promise<SourceStatus> => getRegistry().primary().status());

/** The model for the current request; throws an AtlasError naming the source when it never loaded. */
export const getModel = cache(async (): Promise<ApiModel> => {
  const status = await getPrimaryStatus();
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
});

/** For generateStaticParams: the model at build time, without React's per-request cache. */
export async function getBuildModel(): Promise<ApiModel> {
  const status = await getRegistry().primary().status();
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
}

/** Every source's status for the current request, primary first (comparisons). */
export const getAllStatuses = cache((): Promise<SourceStatus[]> =>
  Promise.all(
    getRegistry()
      .list()
      .map((source) => source.status()),
  ),
);

/** One source's model by name; undefined for an unknown name, an AtlasError when it failed to load. */
export const getSourceModel = cache(async (name: string): Promise<ApiModel | undefined> => {
  const source = getRegistry().get(name);
  if (!source) return undefined;
  const status = await source.status();
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
});

/** For generateStaticParams: every source that loads, primary first. */
export async function getBuildModels(): Promise<Array<{ name: string; model: ApiModel }>> {
  const statuses = await Promise.all(
    getRegistry()
      .list()
      .map((source) => source.status()),
  );
  return statuses.flatMap((s) => (s.model ? [{ name: s.name, model: s.model }] : []));
}

/** True when building the static export (generateStaticParams lists every page then). */
export function isStaticExport(): boolean {
  return readConfig().staticExport;
}
