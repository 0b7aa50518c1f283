'use client';

import { sitePath } from '@/lib/site/base-path';
import { takeStashedHtml } from '@/lib/site/html-stash';
import { stylesheetPath } from '@/lib/site/urls';

/**
 * The text of each server-sent stylesheet, read when this module loads
 * (before React hydrates): a fresh client render of the root may find the
 * server's <head> already gone.
 */
const SENT_CSS = new Map<string, string>();
if (typeof document !== 'undefined') {
  for (const sheet of document.querySelectorAll('style[data-stylesheet]'))
    SENT_CSS.set(sheet.getAttribute('data-stylesheet') ?? '', sheet.textContent ?? '');
}

/**
 * A <style> whose text the server-side render reads from the HTML stash
 * (SiteStyles.tsx stashes it) and the browser takes from the page the server
 * sent. Hydrating, React leaves `dangerouslySetInnerHTML` alone; when React
 * renders the root afresh in the browser (Next.js does for a not-found
 * page), the new element gets the same text, so the page keeps its styles
 * and the CSP hash still matches; a page with no server-sent copy links the
 * same stylesheet as a file (app/styles/[file]).
 */
export function InlineStyleSlot({ name, cssKey, version }: { name: string; cssKey: string; version: string }) {
  const css = typeof window === 'undefined' ? takeStashedHtml(cssKey, 'InlineStyleSlot') : (SENT_CSS.get(name) ?? '');
  // No server-sent copy (Next.js's error shell renders the page from its payload alone): the same stylesheet as a file.
  if (!css) return <link rel="stylesheet" data-stylesheet={name} href={sitePath(stylesheetPath(name, version))} />;
  return <style data-stylesheet={name} dangerouslySetInnerHTML={{ __html: css }} suppressHydrationWarning />;
}
