/**
 * Security headers of every response of the server build, and the page
 * Content-Security-Policy. Scripts: only those carrying the request's nonce
 * (Next.js puts it on its own scripts when it finds it in the request's CSP
 * header), what they load ('strict-dynamic': the chunks, Swagger UI's lazy
 * chunk), and the theme and early-anchor scripts by their hashes. Styles:
 * the site's own files, its inline stylesheets by their hashes
 * (lib/site/site-css.ts) and nonce'd inline styles. Images: the site's own and data: URLs (Swagger UI's
 * icons), so a description's remote image never loads.
 */
import { SITE_STYLESHEETS } from '@/lib/site/site-css';

/**
 * sha256 of THEME_INIT_SCRIPT (components/layout/ThemeToggle.client.tsx),
 * one of the two inline scripts the site writes itself; headers.test.ts
 * fails when the script changes and this does not.
 */
export const THEME_SCRIPT_HASH = 'sha256-E4tsBBNc+7VKCmtMHbicJjPEU6mSUHAKWqZknp40HGk=';

/** sha256 of EARLY_ANCHOR_SCRIPT (lib/site/early-anchor.ts); headers.test.ts checks it the same way. */
export const EARLY_ANCHOR_SCRIPT_HASH = 'sha256-nhdwpGUwp2utMW0MB7AtuJfhtoaaCGSc7wcHd5pVhtw=';

const STYLE_HASHES = SITE_STYLESHEETS.map((sheet) => `'${sheet.hash}'`).join(' ');

/** Headers of every response, pages, files and JSON alike. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

/** The page policy for one response. */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'self'",
    `script-src 'nonce-${nonce}' 'strict-dynamic' '${THEME_SCRIPT_HASH}' '${EARLY_ANCHOR_SCRIPT_HASH}'`,
    `style-src 'self' 'nonce-${nonce}' ${STYLE_HASHES}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A fresh nonce per response: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}
