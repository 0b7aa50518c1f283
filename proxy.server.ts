/**
 * Next.js Proxy (server build only: the export's pageExtensions do not pick
 * `.server.ts`). A list of checks that may answer a request before Next.js
 * renders it, then the headers every answer carries. Each check is a small
 * function of the request; add new ones (a method check, …) to CHECKS.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { buildId as readBuildId, readConfig, readServingConfig } from '@/lib/config';
import { BASE_PATH } from '@/lib/site/base-path';
import { contentSecurityPolicy, newNonce, SECURITY_HEADERS } from '@/lib/security/headers';
import { hostAllowed } from '@/lib/security/hosts';
import { immutableETag, matchesETag } from '@/lib/security/page-cache';
import { CSRF_COOKIE, newCsrfToken } from '@/lib/try-it/csrf';
import { checkRequest } from '@/lib/request-checks';

const basePath = BASE_PATH;
const processStart = Date.now();
/** Probes and scrapes come addressed to the pod's IP: they are not pages, so the Host check leaves them alone. */
const OPERATIONS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** A path no route serves: rewriting to it renders the site's 404 page with status 404. */
const NOT_FOUND_PATH = '/_atlas/not-found';
/** Marks an answer of an immutable source for the page cache of scripts/page-cache.cjs (MARKER there). */
const IMMUTABLE_PAGE_MARKER = 'x-atlas-immutable-page';

interface Settings {
  allowedHosts: readonly string[] | 'any';
  /** The ETag of every page when all sources are snapshots. */
  etag?: string;
  writes: boolean;
}

let settings: Settings | undefined;
function currentSettings(): Settings {
  if (!settings) {
    const serving = readServingConfig();
    // A configuration error is shown by the pages themselves; here it only means "not cacheable".
    let config: ReturnType<typeof readConfig> | undefined;
    try {
      config = readConfig();
    } catch {
      config = undefined;
    }
    const etag = config ? immutableETag(config, readBuildId(), processStart) : undefined;
    settings = { allowedHosts: serving.allowedHosts, ...(etag ? { etag } : {}), writes: config?.tryIt === 'write' };
  }
  return settings;
}

type Check = (request: NextRequest, path: string, settings: Settings) => Response | undefined;

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/** DNS rebinding: the Host must be one the site serves (ATLAS_ALLOWED_HOSTS). */
const checkHost: Check = (request, path, { allowedHosts }) => {
  if (OPERATIONS_PATHS.has(path) || hostAllowed(request.headers.get('host'), allowedHosts)) return undefined;
  return text(
    421,
    `kube-api-atlas: this site is not served under the host name ${JSON.stringify(request.headers.get('host') ?? '')} (ATLAS_ALLOWED_HOSTS)`,
  );
};

/** Pages of immutable sources: a matching If-None-Match is answered without rendering. */
const checkNotModified: Check = (request, path, { etag }) => {
  if (!etag || !cacheable(request, path) || !matchesETag(request.headers.get('if-none-match'), etag)) return undefined;
  // No Content-Security-Policy here: the browser keeps the one stored with the page, whose nonce its scripts carry.
  return new Response(null, { status: 304, headers: { etag, 'cache-control': 'private, no-cache' } });
};

/** Pages and files are read-only (405 with Allow: GET, HEAD); /try-it/ keeps its own rules (lib/request-checks.ts). */
const checkMethod: Check = (request, path) => {
  if (path.startsWith('/_next/')) return undefined;
  const verdict = checkRequest(request.method, path);
  if (verdict?.kind !== 'method-not-allowed') return undefined;
  return text(405, verdict.reason, { allow: 'GET, HEAD' });
};

const CHECKS: readonly Check[] = [checkHost, checkMethod, checkNotModified];

function cacheable(request: NextRequest, path: string): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !path.startsWith('/try-it/') &&
    !OPERATIONS_PATHS.has(path) &&
    !path.startsWith('/_next/')
  );
}

/** The 404 page's address; NextURL adds the base path itself. */
function notFoundUrl(request: NextRequest): URL {
  const url = request.nextUrl.clone();
  url.pathname = NOT_FOUND_PATH;
  url.search = '';
  return url;
}

export function proxy(request: NextRequest): Response {
  const path = request.nextUrl.pathname.startsWith(basePath) ? request.nextUrl.pathname.slice(basePath.length) || '/' : request.nextUrl.pathname;
  const current = currentSettings();
  for (const check of CHECKS) {
    const answer = check(request, path, current);
    if (answer) {
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) answer.headers.set(name, value);
      return answer;
    }
  }

  if (path.startsWith('/_next/static/') || path.startsWith('/try-it/')) {
    const response = NextResponse.next();
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
    // Try it out answers are the cluster's bytes: never a document that may run anything (the route sets the same).
    if (path.startsWith('/try-it/')) response.headers.set('content-security-policy', "default-src 'none'; sandbox");
    return response;
  }

  // Next.js reads the nonce from the request's policy and puts it on its scripts and styles.
  const nonce = newNonce();
  const policy = contentSecurityPolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // A malformed %-escape: Next.js would answer a plain 500; the site's 404 page says what is wrong instead.
  const malformed = checkRequest(request.method, path)?.kind === 'not-found';
  const response = malformed ? NextResponse.rewrite(notFoundUrl(request), { request: { headers } }) : NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.headers.set(name, value);
  if (current.etag && cacheable(request, path)) {
    response.headers.set('etag', current.etag);
    response.headers.set('cache-control', 'private, no-cache');
    // The page may be kept and sent again without a render (scripts/page-cache.cjs, which removes this header);
    // not with Try it out's writes, whose pages set a per-visitor CSRF cookie.
    if (!current.writes) response.headers.set(IMMUTABLE_PAGE_MARKER, '1');
  }
  if (current.writes && !request.cookies.get(CSRF_COOKIE)) {
    // Readable by the site's own script (it copies it into a header); SameSite=Strict keeps other sites' forms from sending it.
    response.cookies.set(CSRF_COOKIE, newCsrfToken(), {
      path: basePath || '/',
      sameSite: 'strict',
      secure: request.nextUrl.protocol === 'https:',
    });
  }
  return response;
}
