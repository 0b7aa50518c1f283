/**
 * Hands server-rendered HTML from the React Server Components render to the
 * server-side render of the same request, past the RSC payload.
 *
 * Why: everything a server component renders is serialized twice into the
 * page, once as HTML and once as the RSC payload the browser hydrates from.
 * For the schema tree (most of a resource page) that doubled the page. The
 * tree needs no hydration, so the server component renders it to an HTML
 * string, stashes it here under its content hash and puts only the hash in
 * the payload (components/ui/StaticHtml.tsx); the client leaf that renders
 * the hash reads the HTML back during the server-side render and, in the
 * browser, keeps the markup the server sent (StaticHtmlSlot.client.tsx).
 *
 * The RSC render and the server-side render of one page run in the same
 * process, the RSC render first (the server-side render consumes its
 * stream), for requests and for the static export alike. The two renders
 * load separate copies of this module (different bundler layers), hence the
 * process-wide registry. Entries are counted: each stash is matched by one
 * take; an entry nobody takes (an RSC-only request) expires. No Node.js
 * imports here: the client leaf's module graph includes this file.
 */
interface Entry {
  html: string;
  /** Stashes not yet taken. */
  pending: number;
  /** When it was last stashed or taken (ms). */
  touched: number;
}

/** How long an entry outlives its last use: long enough for a slow render, short enough to bound memory. */
const TTL_MS = 60_000;
/** A taken entry lingers briefly, in case a render is replayed (React may retry a boundary). */
const LINGER_MS = 5_000;

const REGISTRY = Symbol.for('kube-api-atlas.html-stash');

function registry(): Map<string, Entry> {
  const holder = globalThis as { [REGISTRY]?: Map<string, Entry> };
  holder[REGISTRY] ??= new Map();
  return holder[REGISTRY];
}

function prune(entries: Map<string, Entry>, now: number): void {
  for (const [key, entry] of entries) {
    const idle = now - entry.touched;
    if (idle > TTL_MS || (entry.pending <= 0 && idle > LINGER_MS)) entries.delete(key);
  }
}

/**
 * Keeps `html` under `key` (its content hash: html-stash.server.ts) for the
 * server-side render of this page.
 */
export function stashHtml(key: string, html: string): void {
  const entries = registry();
  const now = Date.now();
  prune(entries, now);
  const entry = entries.get(key);
  if (entry) {
    entry.pending += 1;
    entry.touched = now;
  } else entries.set(key, { html, pending: 1, touched: now });
}

/** The HTML stashed under `key`, or undefined when there is none (not stashed in this process, or expired). */
export function takeHtml(key: string): string | undefined {
  const entry = registry().get(key);
  if (!entry) return undefined;
  entry.pending -= 1;
  entry.touched = Date.now();
  return entry.html;
}

/**
 * What the server-side render of a client slot (`who`) needs: the HTML
 * stashed under `key`, which its server component's RSC render put there.
 * Missing, the page cannot be rendered as the server meant it: an error.
 */
export function takeStashedHtml(key: string, who: string): string {
  const html = takeHtml(key);
  if (html === undefined) throw new Error(`${who}: nothing stashed under key ${key} (it is stashed by the RSC render of the same page)`);
  return html;
}

/** Entries held now (for tests). */
export function stashedCount(): number {
  return registry().size;
}
