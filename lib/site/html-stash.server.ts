import 'server-only';
import { createHash } from 'node:crypto';
import { stashHtml } from './html-stash';

/** Stashes `html` (see html-stash.ts) under a hash of its content, stable across builds; returns the key. */
export function stashHtmlByContent(html: string): string {
  const key = createHash('sha256').update(html).digest('base64url').slice(0, 22);
  stashHtml(key, html);
  return key;
}
