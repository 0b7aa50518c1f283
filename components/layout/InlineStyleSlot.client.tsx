'use client';

import { takeHtml } from '@/lib/site/html-stash';

/**
 * A <style> whose text the server-side render reads from the HTML stash
 * (SiteStyles.tsx stashes it) and the browser takes from the page the server
 * sent. Hydrating, React leaves `dangerouslySetInnerHTML` alone; when React
 * renders the root afresh in the browser (Next.js does for a not-found
 * page), the new element gets the same text, so the page keeps its styles
 * and the CSP hash still matches.
 */
export function InlineStyleSlot({ name, cssKey }: { name: string; cssKey: string }) {
  let css: string;
  if (typeof window === 'undefined') {
    const stashed = takeHtml(cssKey);
    if (stashed === undefined)
      throw new Error(`InlineStyleSlot: no stylesheet text under key ${cssKey} (it is stashed by the RSC render of the same page)`);
    css = stashed;
  } else {
    css = document.querySelector(`style[data-stylesheet="${name}"]`)?.textContent ?? '';
    // No server-sent copy to take the text from: an empty <style> would only be a CSP report.
    if (!css) return null;
  }
  return <style data-stylesheet={name} dangerouslySetInnerHTML={{ __html: css }} suppressHydrationWarning />;
}
