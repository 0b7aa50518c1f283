import type { AnchorHTMLAttributes } from 'react';
import { inRequestCluster } from '@/lib/request-cluster';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

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

/** `/apis/apps` → `/BASE/apis/apps/` in an export with a base path; fragments and queries are kept. */
export function sitePath(href: string): string {
  if (!href.startsWith('/')) return href;
  const match = /^([^?#]*)(.*)$/.exec(href);
  const pathname = match?.[1] ?? href;
  const rest = match?.[2] ?? '';
  const trailing =
    process.env.NEXT_PUBLIC_TRAILING_SLASH === '1' && !pathname.endsWith('/') && !/\.(?:json|txt|svg|png|ico|xml|html|css|js|yaml)$/i.test(pathname)
      ? '/'
      : '';
  return `${basePath}${pathname}${trailing}${rest}`;
}
