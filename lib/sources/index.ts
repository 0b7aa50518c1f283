import 'server-only';
import { cache } from 'react';
import { readConfig, type AtlasConfig } from '../config';
import { getRegistry } from './process-registry';
import { AtlasError } from '../errors';
import type { ApiModel } from '../model/types';
import type { ClusterServed } from '../model/served-where';
import { requestCluster } from '../request-cluster';
import { ClusterPool } from './cluster-pool';
import { configuredSources, createSource } from './registry';
import type { SourceStatus } from './types';

export type { Source, SourceStatus } from './types';

export { getRegistry } from './process-registry';

/**
 * Every configured cluster, loaded lazily and held within
 * ATLAS_LOADED_CLUSTERS models (lib/sources/cluster-pool.ts). The primary is
 * the registry's own source, so the main pages and the pool share its model.
 */
let pool: ClusterPool | undefined;

export function getPool(): ClusterPool {
  if (!pool) {
    const config = configOrUndefined();
    pool = config
      ? new ClusterPool(
          configuredSources(config).map((c) => ({ name: c.name, open: () => createSource(c, config.live) })),
          getRegistry().primary(),
          // The export renders every page of every cluster: reloading dropped models would only cost time there.
          {
            maxLoaded: config.staticExport ? Number.POSITIVE_INFINITY : config.loadedClusters,
            retryFailedAfterMs: config.live.refreshSeconds * 1000,
          },
        )
      : // A wrong configuration: the registry's primary is the source that says what is wrong, and the only cluster.
        new ClusterPool([], getRegistry().primary(), { maxLoaded: 1, retryFailedAfterMs: 60_000 });
  }
  return pool;
}

/** One cluster's status for the current request (loads it when needed); undefined for an unknown name. */
export const getClusterStatus = cache((name: string): Promise<SourceStatus | undefined> => getPool().status(name));

/** Every cluster's served summary and health for the current request (the served-where views). */
export const getAllServed = cache((): Promise<ClusterServed[]> => getPool().allServed());

/** The primary source's status for the current request: one refresh check per request (React cache()). */
export const getPrimaryStatus = cache((): Promise<SourceStatus> => getRegistry().primary().status());

/** A cluster's model for the current request ('' names the primary); an AtlasError naming the source when it never loaded. */
const modelOf = cache(async (cluster: string): Promise<ApiModel> => {
  const status = cluster ? await getClusterStatus(cluster) : await getPrimaryStatus();
  if (!status) throw new AtlasError(`cluster ${cluster}`, 'is not configured');
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
});

/**
 * The model of the page's cluster (lib/request-cluster.ts: the primary
 * unless a `/c/NAME` route named another); throws an AtlasError naming the
 * source when it never loaded.
 */
export function getModel(): Promise<ApiModel> {
  return modelOf(requestCluster().name ?? '');
}

/** A named cluster's model (the primary's when undefined), for route handlers, which have no page to name it. */
export function getModelOf(cluster: string | undefined): Promise<ApiModel> {
  return modelOf(cluster ?? '');
}

/** For generateStaticParams: the model at build time, without React's per-request cache. */
export async function getBuildModel(): Promise<ApiModel> {
  const status = await getRegistry().primary().status();
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
}

/**
 * Every source's status for the current request, primary first
 * (comparisons). One after another, so that a site with many clusters does
 * not load them all at once.
 */
export const getAllStatuses = cache(async (): Promise<SourceStatus[]> => {
  const statuses: SourceStatus[] = [];
  for (const name of getPool().names()) statuses.push((await getClusterStatus(name))!);
  return statuses;
});

/** One source's model by name; undefined for an unknown name, an AtlasError when it failed to load. */
export const getSourceModel = cache(async (name: string): Promise<ApiModel | undefined> => {
  const status = await getClusterStatus(name);
  if (!status) return undefined;
  if (!status.model) throw new AtlasError(status.location, status.error ?? 'no model');
  return status.model;
});

/** For generateStaticParams: every source that loads, primary first. */
export async function getBuildModels(): Promise<Array<{ name: string; model: ApiModel }>> {
  const loaded: Array<{ name: string; model: ApiModel }> = [];
  for (const name of getPool().names()) {
    const status = await getPool().status(name);
    if (status?.model) loaded.push({ name, model: status.model });
  }
  return loaded;
}

/** True when building the static export (generateStaticParams lists every page then). */
export function isStaticExport(): boolean {
  return configOrUndefined()?.staticExport ?? false;
}

/** The configuration, or undefined when it is wrong (the registry's primary source then names what is wrong, on every page). */
export function configOrUndefined(): AtlasConfig | undefined {
  try {
    return readConfig();
  } catch {
    return undefined;
  }
}
