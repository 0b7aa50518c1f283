import { SITE_STYLESHEETS } from '@/lib/site/site-css';
import { stylesheetFile } from '@/lib/site/urls';

/**
 * A site stylesheet as a file. Pages carry their styles inline
 * (SiteStyles.tsx); this is for a page that React renders in the browser
 * from its RSC payload alone (Next.js's error shell, e.g. a server's
 * not-found page), which has no inline copy to keep.
 */
export function stylesheetResponse(file: string): Response {
  const sheet = SITE_STYLESHEETS.find((s) => stylesheetFile(s.name) === file);
  if (!sheet) return new Response('No such stylesheet.\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(sheet.css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
}

export function stylesheetParams(): Array<{ file: string }> {
  return SITE_STYLESHEETS.map((s) => ({ file: stylesheetFile(s.name) }));
}
