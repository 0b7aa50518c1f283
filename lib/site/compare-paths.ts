/**
 * Site paths of comparison pages. A comparison is named by its two sources,
 * `/compare/FROM...TO` (as in git's range syntax), and a resource within it
 * by the resource's API path: `/compare/FROM...TO/apis/apps/v1/deployments`.
 */
import type { ResourceRef } from '../model/diff';

export const RANGE_SEPARATOR = '...';

export function comparePath(from: string, to: string): string {
  return `/compare/${from}${RANGE_SEPARATOR}${to}`;
}

/** `kubernetes-1.28...kubernetes-1.36` → both names; undefined when malformed. */
export function parseRange(range: string): { from: string; to: string } | undefined {
  const at = range.indexOf(RANGE_SEPARATOR);
  if (at <= 0) return undefined;
  const from = range.slice(0, at);
  const to = range.slice(at + RANGE_SEPARATOR.length);
  return to && !to.includes(RANGE_SEPARATOR) ? { from, to } : undefined;
}

export function compareResourcePath(from: string, to: string, ref: Pick<ResourceRef, 'group' | 'version' | 'name'>): string {
  const api = ref.group === '' ? `api/${ref.version}/${ref.name}` : `apis/${ref.group}/${ref.version}/${ref.name}`;
  return `${comparePath(from, to)}/${api}`;
}

/** The resource a compare catch-all path names: `['apis','apps','v1','deployments']` or `['api','v1','pods']`. */
export function parseResourceSegments(segments: readonly string[]): { group: string; version: string; name: string } | undefined {
  if (segments[0] === 'api' && segments.length === 3) return { group: '', version: segments[1]!, name: segments[2]! };
  if (segments[0] === 'apis' && segments.length === 4) return { group: segments[1]!, version: segments[2]!, name: segments[3]! };
  return undefined;
}
