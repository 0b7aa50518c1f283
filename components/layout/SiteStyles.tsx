import { stashHtmlByContent } from '@/lib/site/html-stash.server';
import { SITE_STYLESHEETS } from '@/lib/site/site-css';
import { InlineStyleSlot } from './InlineStyleSlot.client';

/**
 * The site's stylesheets inline in the page's <head>: no stylesheet request
 * stands between the HTML and the first paint. Each goes through the HTML
 * stash (lib/site/html-stash.ts) like the schema tree, so the text is in the
 * page once, not again in the RSC payload.
 */
export function SiteStyles() {
  return SITE_STYLESHEETS.map((sheet) => (
    <InlineStyleSlot key={sheet.name} name={sheet.name} cssKey={stashHtmlByContent(sheet.css)} version={sheet.version} />
  ));
}
