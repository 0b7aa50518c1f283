import type { AnchorHTMLAttributes } from 'react';
import { sitePath } from '@/lib/site/base-path';

/**
 * A plain link to a page of the site, under the configured base path.
 *
 * Deliberately not next/link: every page is complete server-rendered HTML,
 * so a full navigation costs little, and without client-side navigation the
 * static export needs no per-page RSC payload files (they were 40% of out/).
 */
export function AppLink({ href, ...rest }: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { href: string }) {
  return <a href={sitePath(href)} {...rest} />;
}
