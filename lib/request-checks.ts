/**
 * Checks every request to the server build passes before Next.js routes it
 * (proxy.server.ts). Pure, so each is tested on its own; more checks (issue
 * 16's headers and host checks) belong in the same list.
 */

export type RequestVerdict =
  /** Answer the 404 page: Next.js itself would answer a plain 500 (it cannot decode the path). */
  | { kind: 'not-found'; reason: string }
  /** Pages and JSON files are read-only: 405 with `Allow: GET, HEAD`. */
  | { kind: 'method-not-allowed'; reason: string };

/** Paths with handlers of their own for other methods: Try it out sends any method through /try-it/. */
const OWN_METHODS = /^\/try-it(\/|$)/;

/** The first segment whose %-escapes do not decode (`%zz`, a cut UTF-8 sequence `%E0%A4%A`), if any. */
export function malformedSegment(pathname: string): string | undefined {
  for (const segment of pathname.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

/** What to do with a request before routing; undefined lets it through. `pathname` is without the base path. */
export function checkRequest(method: string, pathname: string): RequestVerdict | undefined {
  const bad = malformedSegment(pathname);
  if (bad !== undefined) return { kind: 'not-found', reason: `the path segment ${JSON.stringify(bad)} has a malformed %-escape` };
  if (method !== 'GET' && method !== 'HEAD' && !OWN_METHODS.test(pathname)) {
    return { kind: 'method-not-allowed', reason: `${method} is not allowed here: the site's pages and files answer GET and HEAD` };
  }
  return undefined;
}
