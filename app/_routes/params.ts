import 'server-only';
import { notFound } from 'next/navigation';
import { decodeUriText } from '@/lib/site/decode';
import { findGroup } from '@/lib/model/lookup';
import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from '@/lib/model/types';
import { getBuildModel, isStaticExport } from '@/lib/sources';

/**
 * The first step of every route: URL params → the slice of the model they
 * name (or the 404 page), and the pages a dynamic route lists for the export.
 */

/** Route params arrive URL-encoded in some Next.js versions; names never contain `%`. */
export function param(value: string): string {
  return decodeUriText(value);
}

/** The group, version and resource a route names, or the 404 page. */
export function resolveRoute(
  model: ApiModel,
  groupName: string,
  version?: string,
  resourceName?: string,
): { group: ApiGroup; gv?: ApiGroupVersion; resource?: ApiResource } {
  const group = findGroup(model, param(groupName));
  if (!group) notFound();
  if (version === undefined) return { group };
  const gv = group.versions.find((v) => v.version === param(version));
  if (!gv) notFound();
  if (resourceName === undefined) return { group, gv };
  const resource = gv.resources.find((r) => r.name === param(resourceName));
  if (!resource) notFound();
  return { group, gv, resource };
}

/**
 * generateStaticParams for every dynamic route: the static export lists every
 * page of the model; the server lists none and renders each page on request
 * from the configured source, so a live cluster's new groups need no rebuild.
 */
export async function staticParams<T>(list: (model: ApiModel) => T[]): Promise<T[]> {
  if (!isStaticExport()) return [];
  return list(await getBuildModel());
}
