/**
 * The cluster switcher's question: the page I am on, on another cluster.
 * The same site path when that cluster serves it; otherwise the nearest page
 * it has (another version of the resource, the kind in another group, the
 * group, the list), with a sentence saying what is not served. Paths are the
 * site's unprefixed paths (`/apis/apps/v1/deployments`); the caller adds the
 * cluster's prefix.
 */
import { groupDisplayName, groupPath, groupVersionName, groupVersionPath } from './paths';
import type { ServedGroupVersion, ServedIndex } from './served-index';
import { compareVersionPriority } from './versions';

export interface SwitchTarget {
  /** The cluster's name, for the sentence. */
  name: string;
  served: ServedIndex;
  /** Whether the cluster's OpenAPI document has this definition; absent: assume it does (not loaded). */
  hasDefinition?: (name: string) => boolean;
}

export interface SwitchedPath {
  /** Site path (with `#field` for a field shown on a resource page). */
  path: string;
  /** The same page is served there. */
  exact: boolean;
  /** Why another page: `apps/v1beta1 deployments is not served by prod; nearest: apps/v1`. */
  note?: string;
}

/** `/api/v1/pods`, `/apis/apps/v1/deployments/fields/spec.replicas`, `/apis/apps` … as parts. */
function parseSitePath(path: string): { group: string; version?: string; resource?: string; field?: string } | undefined {
  const segments = path.split('/').filter(Boolean);
  let rest: string[];
  let group: string;
  if (segments[0] === 'api') {
    group = '';
    rest = segments.slice(1);
  } else if (segments[0] === 'apis' && segments.length >= 2) {
    group = segments[1]!;
    rest = segments.slice(2);
  } else return undefined;
  const [version, resource, fields, field, ...extra] = rest;
  if (extra.length > 0 || (fields !== undefined && (fields !== 'fields' || field === undefined))) return undefined;
  return { group, ...(version ? { version } : {}), ...(resource ? { resource } : {}), ...(field ? { field } : {}) };
}

function byPriority(gvs: ServedGroupVersion[]): ServedGroupVersion[] {
  return [...gvs].sort((a, b) => Number(b.preferred) - Number(a.preferred) || compareVersionPriority(a.version, b.version));
}

function resourcePagePath(group: string, version: string, resource: string): string {
  return `${groupVersionPath(group, version)}/${resource}`;
}

function apiPath(
  target: SwitchTarget,
  wanted: NonNullable<ReturnType<typeof parseSitePath>>,
  original: string,
  from: ServedIndex | undefined,
): SwitchedPath {
  const { group, version, resource, field } = wanted;
  const inGroup = target.served.groupVersions.filter((gv) => gv.group === group);
  const gv = inGroup.find((v) => v.version === version);
  const what = [version ? groupVersionName(group, version) : groupDisplayName(group), resource].filter(Boolean).join(' ');
  const missing = `${what} is not served by ${target.name}`;
  if (version === undefined) {
    return inGroup.length > 0 ? { path: original, exact: true } : { path: '/', exact: false, note: `${missing}; nearest: the home page` };
  }
  if (resource === undefined) {
    if (gv) return { path: original, exact: true };
    return inGroup.length > 0
      ? { path: groupPath(group), exact: false, note: `${missing}; nearest: the group's versions` }
      : { path: '/', exact: false, note: `${missing}; nearest: the home page` };
  }
  const here = gv?.resources.find((r) => r.name === resource);
  if (here) return { path: original, exact: true };
  const suffix = field ? `#${field}` : '';
  const otherVersion = byPriority(inGroup).find((v) => v.resources.some((r) => r.name === resource));
  if (otherVersion) {
    const path = resourcePagePath(group, otherVersion.version, resource) + suffix;
    return { path, exact: false, note: `${missing}; nearest: ${groupVersionName(group, otherVersion.version)}` };
  }
  // The kind under another group (Event: core v1 and events.k8s.io/v1), when the current cluster names it.
  const kind = from?.groupVersions.find((v) => v.group === group && v.version === version)?.resources.find((r) => r.name === resource)?.kind;
  if (kind) {
    for (const candidate of byPriority(target.served.groupVersions)) {
      const same = candidate.resources.find((r) => r.kind === kind);
      if (same) {
        const path = resourcePagePath(candidate.group, candidate.version, same.name) + suffix;
        return { path, exact: false, note: `${missing}; nearest: ${kind} in ${groupVersionName(candidate.group, candidate.version)}` };
      }
    }
  }
  if (gv) return { path: groupVersionPath(group, version), exact: false, note: `${missing}; nearest: the group-version's resources` };
  if (inGroup.length > 0) return { path: groupPath(group), exact: false, note: `${missing}; nearest: the group's versions` };
  return { path: '/', exact: false, note: `${missing}; nearest: the home page` };
}

/**
 * Where `path` (a site path without cluster prefix or hash) leads on
 * `target`. `from`, the current cluster's summary, names the kind of a
 * resource so that it can be found under another group.
 */
export function pathOnCluster(path: string, target: SwitchTarget, from?: ServedIndex): SwitchedPath {
  const api = parseSitePath(path);
  if (api) return apiPath(target, api, path, from);
  const kind = /^\/kinds\/([^/]+)$/.exec(path)?.[1];
  if (kind !== undefined) {
    const served = target.served.groupVersions.some((gv) => gv.resources.some((r) => r.kind === kind));
    return served
      ? { path, exact: true }
      : { path: '/kinds', exact: false, note: `kind ${kind} is not served by ${target.name}; nearest: every kind` };
  }
  const definition = /^\/definitions\/([^/]+)$/.exec(path)?.[1];
  if (definition !== undefined && target.hasDefinition && !target.hasDefinition(definition)) {
    return { path: '/definitions', exact: false, note: `${target.name} has no definition ${definition}; nearest: every definition` };
  }
  // Lists, the home page, deprecations: every cluster has them.
  return { path, exact: true };
}
