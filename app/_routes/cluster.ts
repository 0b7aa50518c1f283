import 'server-only';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { CLUSTER_PREFIX } from '@/lib/cluster-paths';
import type { ApiModel } from '@/lib/model/types';
import { sliceParams } from './openapi-json';
import { setRequestCluster } from '@/lib/request-cluster';
import { exportable, param } from './params';
import { getClusterStatus, getPool, isStaticExport } from '@/lib/sources';
import type { SourceStatus } from '@/lib/sources/types';

/**
 * The `/c/NAME/...` routes (app/c/[cluster]/): every other cluster's pages
 * are the primary's route modules, rendered after the cluster is named for
 * the request (lib/request-cluster.ts).
 */

export type ClusterParams = { cluster: string };

/** Names the request's cluster and returns its status; the 404 page for an unknown name or the primary (whose pages are unprefixed). */
export async function enterCluster(raw: string): Promise<{ name: string; prefix: string; status: SourceStatus }> {
  const name = param(raw);
  const pool = getPool();
  if (!pool.has(name) || name === pool.primaryName) notFound();
  const prefix = `${CLUSTER_PREFIX.slice(0, -1)}/${encodeURIComponent(name)}`;
  setRequestCluster(name, prefix);
  const status = await getClusterStatus(name);
  return { name, prefix, status: status! };
}

type PageProps<P> = { params: Promise<P> };

/** A route module's page, on the cluster its `/c/NAME` path names. */
export function forCluster<P extends object>(Route: (props: PageProps<P>) => ReactNode | Promise<ReactNode>) {
  return async function ClusterRoute({ params }: PageProps<P & ClusterParams>): Promise<ReactNode> {
    const all = await params;
    // A cluster that never loaded: its layout says why, the page has nothing to show.
    if (!(await enterCluster(all.cluster)).status.model) return null;
    return Route({ params: Promise.resolve(all) });
  };
}

/** A page without params (home, lists), on the named cluster. */
export function forClusterIndex(Route: () => ReactNode | Promise<ReactNode>) {
  return async function ClusterIndexRoute({ params }: PageProps<ClusterParams>): Promise<ReactNode> {
    if (!(await enterCluster((await params).cluster)).status.model) return null;
    return Route();
  };
}

/**
 * The one cluster the export lists under `/c/` when it has no other cluster
 * (a single source). Next.js refuses an export in which a dynamic route lists
 * no page at all, like the compare routes' NO_COMPARISON_RANGE. Its pages
 * render the not-found page; scripts/export.mjs removes its folder from the
 * output. (A configured cluster that is really named `-` is never taken for it.)
 */
export const NO_CLUSTER = '-';

function isPlaceholder(cluster: string): boolean {
  return cluster === NO_CLUSTER && !getPool().has(NO_CLUSTER);
}

/** The export's clusters under `/c/`: every configured cluster but the primary that loads. None on the server, which renders on request. */
export async function exportedClusters(): Promise<ClusterParams[]> {
  if (!isStaticExport()) return [];
  const pool = getPool();
  const clusters: ClusterParams[] = [];
  for (const name of pool.names()) {
    if (name !== pool.primaryName && (await pool.status(name))?.model) clusters.push({ cluster: name });
  }
  return clusters.length > 0 ? clusters : [{ cluster: NO_CLUSTER }];
}

/** generateStaticParams of a page under `/c/NAME`: the route's pages for that cluster's model. */
export async function clusterStaticParams<T extends Record<string, string | string[] | undefined>>(
  params: ClusterParams,
  list: (model: ApiModel) => T[],
): Promise<T[]> {
  if (!isStaticExport()) return [];
  const pool = getPool();
  // The placeholder lists one page of the primary's (whose routes list at least one), rendered not-found.
  if (isPlaceholder(params.cluster)) {
    const primary = await pool.status(pool.primaryName);
    return primary?.model ? exportable(list(primary.model)).slice(0, 1) : [];
  }
  const status = await pool.status(params.cluster);
  return status?.model ? exportable(list(status.model)) : [];
}

/** What a `/c/NAME` JSON route of the export writes for the placeholder cluster (removed from the output afterwards). */
export function placeholderClusterAnswer(cluster: string): Response | undefined {
  return isStaticExport() && isPlaceholder(cluster) ? Response.json({ error: 'no other cluster in this export' }) : undefined;
}

/** The OpenAPI slices of every exported cluster (`core`: the core group's). */
export async function clusterSliceParams(core: boolean): Promise<Array<{ cluster: string; group: string; file: string }>> {
  const params: Array<{ cluster: string; group: string; file: string }> = [];
  for (const { cluster } of await exportedClusters()) {
    params.push(...(await clusterStaticParams({ cluster }, (model) => sliceParams(model, core))).map((p) => ({ cluster, ...p })));
  }
  return params;
}
