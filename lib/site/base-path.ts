/**
 * The base path the site is served under (`npm run export -- --base-path
 * /docs/k8s`) and whether pages end in a slash (the export writes
 * `PATH/index.html`). next.config.js publishes both to the browser as
 * NEXT_PUBLIC_ values, which Next.js inlines at build time; this is the one
 * place that reads them, so server code and client leaves prefix alike.
 */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

const TRAILING_SLASH = process.env.NEXT_PUBLIC_TRAILING_SLASH === '1';

/** Files, not pages: no trailing slash for these. */
const FILE_PATH = /\.(?:json|txt|svg|png|ico|xml|html|css|js|yaml)$/i;

/** `/apis/apps` → `/BASE/apis/apps/` in an export with a base path; fragments and queries are kept. */
export function sitePath(href: string): string {
  if (!href.startsWith('/')) return href;
  const match = /^([^?#]*)(.*)$/.exec(href);
  const pathname = match?.[1] ?? href;
  const rest = match?.[2] ?? '';
  const trailing = TRAILING_SLASH && !pathname.endsWith('/') && !FILE_PATH.test(pathname) ? '/' : '';
  return `${BASE_PATH}${pathname}${trailing}${rest}`;
}
