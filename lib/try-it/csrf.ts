/**
 * Cross-site request forgery guard for Try it out writes. A write must come
 * from a page of this site: the browser's `Origin` (or `Sec-Fetch-Site`)
 * must say so, and the request must carry this session's token twice, as the
 * cookie the site set (SameSite=Strict, so another site's form never sends
 * it) and as a header only the site's own script can copy it into (another
 * origin cannot read the cookie). DNS rebinding, where the attacker's page
 * is same-origin, is stopped earlier by the Host check (lib/security/hosts.ts).
 */
import { timingSafeEqual } from 'node:crypto';

/** The cookie holding the session's token (set by the proxy on pages when writes are enabled). */
export const CSRF_COOKIE = 'atlas-csrf';
/** The header the OpenAPI tab copies the token into. */
export const CSRF_HEADER = 'x-atlas-csrf';

/** A fresh token: 32 random bytes, base64url. */
export function newCsrfToken(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64url');
}

/** The value of one cookie of a `Cookie` header. */
export function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Hosts the request was addressed to: its Host, and the one a reverse proxy in front forwards. */
function requestHosts(request: Request): string[] {
  return [request.headers.get('host'), request.headers.get('x-forwarded-host')].filter((h): h is string => Boolean(h)).map((h) => h.toLowerCase());
}

/**
 * Why a write does not come from this site's own page, or undefined when it
 * does: `Sec-Fetch-Site` must be same-origin where the browser sends it,
 * `Origin` must name the host the request was sent to (at least one of the
 * two must be present), and the CSRF cookie and header must match.
 */
export function checkSameOrigin(request: Request): string | undefined {
  const fetchSite = request.headers.get('sec-fetch-site');
  const origin = request.headers.get('origin');
  if (fetchSite !== null && fetchSite !== 'same-origin') return `Sec-Fetch-Site is ${fetchSite}`;
  if (origin !== null) {
    let host: string;
    try {
      host = new URL(origin).host.toLowerCase();
    } catch {
      return `Origin ${origin} is not an origin`;
    }
    if (!requestHosts(request).includes(host)) return `Origin ${origin} is another site`;
  } else if (fetchSite === null) {
    return 'the request has neither Origin nor Sec-Fetch-Site';
  }
  const cookie = cookieValue(request.headers.get('cookie'), CSRF_COOKIE);
  const header = request.headers.get(CSRF_HEADER);
  if (!cookie || !header) return 'the CSRF token is missing (reload the page)';
  if (!sameToken(cookie, header)) return 'the CSRF token does not match this session (reload the page)';
  return undefined;
}
