import type { AnchorHTMLAttributes } from 'react';
import { inRequestCluster } from '@/lib/request-cluster';
import { sitePath } from '@/lib/site/base-path';

/**
 * A plain link to a page of the site, under the configured base path, on
 * the cluster whose page is rendered (lib/request-cluster.ts).
 *
 * Deliberately not next/link: every page is complete server-rendered HTML,
 * so a full navigation costs little, and without client-side navigation the
 * static export needs no per-page RSC payload files (they were 40% of out/).
 */
export function AppLink({
  href,
  clusterPrefix,
  ...rest
}: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  href: string;
  /** For client leaves, where the page's cluster is not known while rendering: `/c/NAME` or empty. */
  clusterPrefix?: string;
}) {
  return <a href={sitePath(clusterPrefix === undefined ? inRequestCluster(href) : inRequestCluster(href, clusterPrefix))} {...rest} />;
}
