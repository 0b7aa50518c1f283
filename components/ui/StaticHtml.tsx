import type { ReactNode } from 'react';
import { stashHtmlByContent } from '@/lib/site/html-stash.server';
import { renderStaticMarkup } from './static-markup';
import { StaticHtmlSlot } from './StaticHtmlSlot.client';

/**
 * Content in the page's markup only, not again in its RSC payload (see
 * lib/site/html-stash.ts), inside a `<div>`: for large sections that need no
 * hydration. Either `html`, a string whose every text the caller escaped
 * (the schema tree), or `children`: plain server components, rendered by
 * renderStaticMarkup (no client components inside).
 */
export function StaticHtml({ html, children, className, id }: { html?: string; children?: ReactNode; className?: string; id?: string }) {
  const markup = html ?? renderStaticMarkup(children);
  return <StaticHtmlSlot htmlKey={stashHtmlByContent(markup)} {...(className ? { className } : {})} {...(id ? { id } : {})} />;
}
