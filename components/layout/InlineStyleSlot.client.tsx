'use client';

import { takeHtml } from '@/lib/site/html-stash';

/**
 * A <style> whose text the server-side render reads from the HTML stash
 * (SiteStyles.tsx stashes it) and the browser keeps as the server sent it:
 * React leaves `dangerouslySetInnerHTML` alone while hydrating, as it does
 * for StaticHtmlSlot's markup.
 */
export function InlineStyleSlot({ name, cssKey }: { name: string; cssKey: string }) {
  let css = '';
  if (typeof window === 'undefined') {
    const stashed = takeHtml(cssKey);
    if (stashed === undefined)
      throw new Error(`InlineStyleSlot: no stylesheet text under key ${cssKey} (it is stashed by the RSC render of the same page)`);
    css = stashed;
  }
  return <style data-stylesheet={name} dangerouslySetInnerHTML={{ __html: css }} suppressHydrationWarning />;
}
