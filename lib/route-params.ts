import 'server-only';
import { notFound } from 'next/navigation';
import { decodeUriText } from './decode-uri';
import { findGroup } from './model/lookup';
import type { ApiGroup, ApiGroupVersion, ApiModel, ApiResource } from './model/types';

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
