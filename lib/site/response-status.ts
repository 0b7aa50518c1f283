/**
 * Sets the HTTP status of the page being rendered. A server component cannot
 * set a status (Next.js answers 200 unless notFound()), and a status set on a
 * Proxy rewrite is ignored, so scripts/http-guard.cjs, which wraps the raw
 * response, keeps a per-request slot (AsyncLocalStorage, on globalThis) and
 * applies it when the headers are written: only to an HTML answer that would
 * otherwise be 200. Without the guard (`next dev`, the static export, unit
 * tests) this does nothing.
 */
const PAGE_STATUS = Symbol.for('kube-api-atlas.page-status');

export function setPageStatus(status: number): void {
  const set = (globalThis as { [PAGE_STATUS]?: (status: number) => void })[PAGE_STATUS];
  set?.(status);
}

const PAGE_ETAG = Symbol.for('kube-api-atlas.page-etag');

/**
 * Gives the page being rendered an ETag (live pages: lib/security/page-cache.ts
 * liveETag). The guard sets it with `Cache-Control: private, no-cache` on a
 * 200 HTML answer that has none, and answers 304 instead when the request's
 * If-None-Match names it. Without the guard this does nothing.
 */
export function setPageETag(etag: string): void {
  const set = (globalThis as { [PAGE_ETAG]?: (etag: string) => void })[PAGE_ETAG];
  set?.(etag);
}
