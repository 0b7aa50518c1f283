/**
 * Which cluster the page being rendered belongs to. The pages of every
 * cluster are the same route modules; the `/c/NAME/...` routes (app/c/)
 * name the cluster here before rendering, and getModel() and AppLink read it,
 * so the route modules and views need no cluster parameter.
 *
 * React's cache() gives one holder per server render (per request, per
 * exported page). Elsewhere (route handlers, client components) cache() does
 * not memoize, so nothing is named and links stay unprefixed: client leaves
 * that build links receive the prefix as a prop.
 */
import { cache } from 'react';

interface RequestCluster {
  /** The cluster's name; undefined on the primary's own pages. */
  name?: string;
  /** `/c/NAME`, or empty on the primary's pages. */
  prefix: string;
}

const holder = cache((): RequestCluster => ({ prefix: '' }));

/** Called by the `/c/NAME` layout and pages before anything renders. */
export function setRequestCluster(name: string, prefix: string): void {
  const current = holder();
  current.name = name;
  current.prefix = prefix;
}

export function requestCluster(): Readonly<RequestCluster> {
  return holder();
}

/** Pages that are the site's, not a cluster's: comparisons and the clusters pages. */
const SHARED = /^\/(?:compare|clusters|served)(?:[/?#.]|$)|^\/clusters\.json$/;

/** `href` on the page's cluster: `/apis/apps` → `/c/staging/apis/apps` on staging's pages. */
export function inRequestCluster(href: string, prefix = requestCluster().prefix): string {
  if (!prefix || !href.startsWith('/') || href.startsWith('/c/') || SHARED.test(href)) return href;
  return href === '/' ? prefix : `${prefix}${href}`;
}
