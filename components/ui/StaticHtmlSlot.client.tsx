'use client';

import { takeStashedHtml } from '@/lib/site/html-stash';

/**
 * Server-rendered HTML that React neither ships nor hydrates (see
 * lib/site/html-stash.ts). In the server-side render it reads the HTML its
 * server component stashed; in the browser it renders an empty inner HTML
 * that hydration leaves alone (React does not patch `dangerouslySetInnerHTML`
 * while hydrating), so the markup the server sent stays as it is, and a
 * click on it works before any script has run.
 */
export function StaticHtmlSlot({ htmlKey, className, id }: { htmlKey: string; className?: string; id?: string }) {
  const html = typeof window === 'undefined' ? takeStashedHtml(htmlKey, 'StaticHtmlSlot') : '';
  return <div id={id} className={className} data-html-key={htmlKey} dangerouslySetInnerHTML={{ __html: html }} suppressHydrationWarning />;
}
