/**
 * Next.js proxy of the server build only (`.server.ts`: next.config.js's
 * pageExtensions leave it out of the static export, which cannot have one).
 * Runs the checks of lib/request-checks.ts before routing.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { checkRequest } from '@/lib/request-checks';

/** A path no route serves: rewriting to it renders the site's 404 page with status 404. */
const NOT_FOUND_PATH = '/_atlas/not-found';

export function proxy(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl;
  if (pathname.startsWith('/_next/')) return undefined;
  const verdict = checkRequest(request.method, pathname);
  if (verdict?.kind === 'method-not-allowed') {
    return new NextResponse(`${verdict.reason}\n`, { status: 405, headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  if (verdict?.kind === 'not-found') return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  return undefined;
}
