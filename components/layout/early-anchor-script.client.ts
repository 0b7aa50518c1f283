'use client';

/**
 * The early-anchor script (lib/site/early-anchor.ts), exported from a client
 * module so that the root layout's RSC payload refers to it (a client
 * reference, resolved from a chunk the browser caches) instead of carrying
 * its text again in every page: the page has it once, in <head>. The theme
 * script reaches the payload the same way (ThemeToggle.client.tsx).
 */
export { EARLY_ANCHOR_SCRIPT } from '@/lib/site/early-anchor';
