/**
 * Reads the structure out of a kube-apiserver URL path template, the way the
 * API server's installer builds them:
 * `/apis/{group}/{version}[/watch][/namespaces/{namespace}]/{resource}[/{name}[/{subresource}[/...]]]`.
 */

export interface ResourcePath {
  group: string;
  version: string;
  resource: string;
  subresource?: string;
  /** Has a `{name}` segment: addresses one object. */
  named: boolean;
  namespaced: boolean;
  /** Under the deprecated `/watch/` prefix. */
  watch: boolean;
}

export type ParsedPath =
  | { type: 'resource'; value: ResourcePath }
  /** `/api/`, `/api/v1/`, `/apis/`, `/apis/apps/`, `/apis/apps/v1/`. */
  | { type: 'discovery'; group?: string; version?: string }
  | { type: 'other' };

/** Splits the `/api/v1` or `/apis/G/V` prefix off a path. */
function splitPrefix(segments: string[]): { group: string; version?: string; rest: string[] } | undefined {
  if (segments[0] === 'api') return { group: '', version: segments[1], rest: segments.slice(2) };
  if (segments[0] === 'apis') {
    if (segments.length === 1) return { group: '', rest: [] };
    return { group: segments[1] ?? '', version: segments[2], rest: segments.slice(3) };
  }
  return undefined;
}

export function parseApiPath(path: string): ParsedPath {
  const segments = path.split('/').filter((s) => s.length > 0);
  const prefix = splitPrefix(segments);
  if (!prefix) return { type: 'other' };
  if (!prefix.version || prefix.rest.length === 0) {
    return {
      type: 'discovery',
      ...(segments[0] === 'apis' && prefix.group ? { group: prefix.group } : {}),
      ...(prefix.version ? { version: prefix.version } : {}),
    };
  }
  let rest = prefix.rest;
  const watch = rest[0] === 'watch';
  if (watch) rest = rest.slice(1);
  const namespaced = rest[0] === 'namespaces' && rest[1] === '{namespace}' && rest.length > 2;
  if (namespaced) rest = rest.slice(2);
  const [resource, name, subresource] = rest;
  if (!resource) return { type: 'other' };
  return {
    type: 'resource',
    value: {
      group: prefix.group,
      version: prefix.version,
      resource,
      ...(subresource ? { subresource } : {}),
      named: name !== undefined && name.startsWith('{'),
      namespaced,
      watch,
    },
  };
}

/** `/api` for core, `/apis/GROUP` otherwise. */
export function groupPath(group: string): string {
  return group === '' ? '/api' : `/apis/${group}`;
}

/** `core` for the core group (whose name is ""), the group's name otherwise. */
export function groupDisplayName(group: string): string {
  return group === '' ? 'core' : group;
}

/** `/api/v1` for core, `/apis/GROUP/VERSION` otherwise. */
export function groupVersionPath(group: string, version: string): string {
  return group === '' ? `/api/${version}` : `/apis/${group}/${version}`;
}

/** `v1` for core, `GROUP/VERSION` otherwise: an object's `apiVersion`. */
export function groupVersionName(group: string, version: string): string {
  return group === '' ? version : `${group}/${version}`;
}
