/**
 * Site paths of clusters. The primary cluster keeps the unprefixed,
 * API-mirroring paths (`/apis/apps/v1/deployments`); every other cluster's
 * pages are the same paths under `/c/NAME` (`/c/staging/apis/apps/v1/deployments`).
 * Pure: the server, the export and the switcher in the browser share it.
 */

export const CLUSTER_PREFIX = '/c/';

/** `path` (a site path, maybe with `#hash` or `?query`) on `cluster`. */
export function clusterPath(cluster: string, path: string, primary: string): string {
  if (cluster === primary) return path;
  return `${CLUSTER_PREFIX}${encodeURIComponent(cluster)}${path === '/' ? '' : path}`;
}

/** `/c/staging/apis/apps` → `{ cluster: 'staging', path: '/apis/apps' }`; unprefixed paths name no cluster. */
export function splitClusterPath(pathname: string): { cluster?: string; path: string } {
  if (!pathname.startsWith(CLUSTER_PREFIX)) return { path: pathname || '/' };
  const rest = pathname.slice(CLUSTER_PREFIX.length);
  const slash = rest.indexOf('/');
  const encoded = slash < 0 ? rest : rest.slice(0, slash);
  let cluster = encoded;
  try {
    cluster = decodeURIComponent(encoded);
  } catch {
    // A malformed escape is kept as written; no cluster has that name, so the page is a 404.
  }
  const path = slash < 0 ? '/' : rest.slice(slash) || '/';
  return { cluster, path: path.length > 1 ? path.replace(/\/+$/, '') || '/' : path };
}

/**
 * In the browser: the `/c/NAME` prefix of the page at `pathname` (without
 * the base path), or empty on the primary's pages. For client leaves that act
 * after the page loaded (search, the 404 page's suggestions).
 */
export function clusterPrefixOf(pathname: string): string {
  const match = /^\/c\/[^/]+/.exec(pathname);
  return match ? match[0] : '';
}
