/**
 * DNS rebinding guard. A page on an attacker's domain whose name resolves to
 * the site's address is same-origin to the browser: Origin, Sec-Fetch-Site
 * and custom headers all look like the site's own. What gives it away is the
 * Host header, which still names the attacker's domain; so a request whose
 * Host is not one the site serves is refused before anything else happens.
 */

/** `Example.COM:3000` → `example.com`; `[::1]:3000` → `[::1]`. */
export function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.lastIndexOf(':');
  return colon >= 0 ? lower.slice(0, colon) : lower;
}

/**
 * Whether a request's Host header is allowed: `allowed` lists host names
 * (any port) or `name:port` (that port only); `'any'` lets everything in. A
 * missing Host (HTTP/1.0) is refused when there is a list.
 */
export function hostAllowed(host: string | null, allowed: readonly string[] | 'any'): boolean {
  if (allowed === 'any') return true;
  if (!host) return false;
  const full = host.trim().toLowerCase();
  const name = hostName(full);
  return allowed.some((entry) => entry === full || entry === name);
}
