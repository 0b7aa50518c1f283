/**
 * The site's server side of "Try it out": `/try-it/<API path>` (server build
 * only: app/try-it/[...path]/route.server.ts). It decides each request with
 * policy.ts, then sends it with the live source's connection, which adds the
 * cluster credentials. Nothing of the browser's request reaches the cluster
 * but the method, path, query, Accept and (for allowed writes) the body and
 * its Content-Type: no cookies, no Authorization, no other headers. Nothing
 * of the connection (tokens, certificates) is ever part of an answer.
 */
import { describeError } from '../errors';
import type { ApiMethod } from '../kube/transport';
import { kubeStatus } from '../kube/status';
import type { Source } from '../sources/types';
import { TRY_IT_PATH } from '../site/urls';
import { checkSameOrigin } from './csrf';
import { decide, WATCH_SECONDS, type TryItMode } from './policy';
import type { RateLimiter } from './rate-limit';

/** The header Swagger UI's requests carry: a cross-site page cannot send it without a CORS preflight, which this route never grants. */
export const TRY_IT_HEADER = 'x-atlas-try-it';
/**
 * The client's address, as the site's HTTP guard (scripts/http-guard.cjs)
 * writes it from the socket on every request, replacing whatever a client
 * sent: the rate limit's key.
 */
export const CLIENT_HEADER = 'x-atlas-client';
/** Largest answer passed on (a list of every pod of a big cluster is refused, not buffered). */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;
/** Largest request body accepted (with ATLAS_TRY_IT=write). */
export const MAX_BODY_BYTES = 1024 * 1024;

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
/** Body types kube-apiserver reads: JSON, YAML and the three patch types, server-side apply. */
const BODY_TYPES = /^application\/(json|yaml|merge-patch\+json|strategic-merge-patch\+json|json-patch\+json|apply-patch\+yaml)\s*(;.*)?$/i;
/** Cluster headers worth showing; everything else (Set-Cookie, …) stays behind. */
const PASSED_HEADERS = ['content-type', 'warning', 'audit-id', 'x-kubernetes-pf-flowschema-uid', 'x-kubernetes-pf-prioritylevel-uid'];

export interface TryItContext {
  mode: TryItMode;
  /** The primary source: only a live one has request(). */
  source: Source;
  /** The site's base path (`/atlas`), to find the API path in the URL. */
  basePath: string;
  log?: (line: string) => void;
  /** Per-client limit on requests sent to the cluster (none: unlimited). */
  rateLimiter?: RateLimiter;
}

/** The answer every response of this route carries: never cached, never rendered as a page of the site. */
const SAFE_HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; sandbox" };

function refuse(status: number, message: string, extra: Record<string, string> = {}): Response {
  return Response.json(kubeStatus(status, `kube-api-atlas: ${message}`), {
    status,
    headers: { ...SAFE_HEADERS, ...extra, [TRY_IT_HEADER]: 'refused' },
  });
}

/** A safe Accept header: the browser's when it is a plain media-type list, else JSON. */
function acceptOf(request: Request): string {
  const accept = request.headers.get('accept') ?? '';
  return accept && accept.length <= 200 && /^[\w.+\-/*;=, ]+$/.test(accept) ? accept : 'application/json';
}

/**
 * Reads a request body up to `limit` bytes and no further: a chunked upload
 * declares no length, so the stream is read chunk by chunk and cancelled as
 * soon as it passes the limit (reading it whole first held 400 MB uploads in
 * memory). Undefined when the body is too large.
 */
export async function readLimited(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | undefined> {
  if (!stream) return new Uint8Array();
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel('request body over the limit');
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

async function readBody(request: Request): Promise<{ body?: Uint8Array; contentType?: string; error?: Response }> {
  const tooLarge = () => ({ error: refuse(413, `request bodies are limited to ${MAX_BODY_BYTES / 1024} KiB`) });
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > MAX_BODY_BYTES) return tooLarge();
  const body = await readLimited(request.body, MAX_BODY_BYTES);
  if (!body) return tooLarge();
  if (body.byteLength === 0) return {};
  // Kubernetes declares `consumes: */*` for deletes, so Swagger UI sends that: the body is DeleteOptions JSON.
  const declaredType = request.headers.get('content-type') ?? '';
  const contentType = declaredType === '' || declaredType.startsWith('*/*') ? 'application/json' : declaredType;
  if (!BODY_TYPES.test(contentType)) return { error: refuse(415, `Content-Type ${contentType} is not one kube-apiserver reads`) };
  return { body, contentType };
}

/** Handles one request to `/try-it/…`. */
export async function handleTryIt(request: Request, context: TryItContext): Promise<Response> {
  const log = context.log ?? ((line: string) => console.info(line));
  const method = request.method.toUpperCase();
  if (context.mode === 'off') return refuse(404, 'Try it out is off on this site (ATLAS_TRY_IT=off)');
  if (!context.source.request) return refuse(404, 'Try it out needs a live cluster; this site serves a recorded snapshot');
  if (!METHODS.has(method)) return refuse(405, `${method} is not sent to the cluster`);
  if (request.headers.get(TRY_IT_HEADER) !== '1' || request.headers.get('sec-fetch-site') === 'cross-site') {
    log(`try-it: refused ${method} ${new URL(request.url).pathname} (403: not from the OpenAPI tab)`);
    return refuse(403, "requests must come from the site's OpenAPI tab");
  }
  const url = new URL(request.url);
  const prefix = `${context.basePath}${TRY_IT_PATH}`;
  if (!url.pathname.startsWith(`${prefix}/`)) return refuse(404, `${url.pathname} is not under ${prefix}/`);
  const apiPath = url.pathname.slice(prefix.length);

  const status = await context.source.status();
  const doc = status.model?.openapi;
  if (!doc) return refuse(503, `the cluster's OpenAPI document is not available: ${status.error ?? 'not loaded'}`);
  const decision = decide(doc, context.mode, method, apiPath, url.search);
  if (!decision.allow) {
    log(`try-it: refused ${method} ${apiPath} (${decision.status})`);
    return refuse(decision.status, decision.message);
  }

  if (method !== 'GET') {
    // Writes change the cluster: only from a page of this site (same origin) that holds this session's token.
    const crossSite = checkSameOrigin(request);
    if (crossSite) {
      log(`try-it: refused ${method} ${apiPath} (403: ${crossSite})`);
      return refuse(403, `changes are sent only from this site's own pages: ${crossSite}`);
    }
  }
  if (context.rateLimiter) {
    const client = request.headers.get(CLIENT_HEADER) ?? request.headers.get('x-forwarded-for') ?? 'unknown';
    const wait = context.rateLimiter.take(client);
    if (wait > 0) {
      log(`try-it: refused ${method} ${apiPath} (429 for ${client})`);
      return refuse(429, `too many Try it out requests from this client; try again in ${wait} s`, { 'retry-after': String(wait) });
    }
  }

  const { body, contentType, error } = method === 'GET' ? {} : await readBody(request);
  if (error) return error;
  const started = performance.now();
  try {
    const answer = await context.source.request({
      method: method as ApiMethod,
      path: decision.upstreamPath,
      accept: acceptOf(request),
      ...(body ? { body, contentType: contentType! } : {}),
      // A watch ends itself after timeoutSeconds; the deadline only guards against a server that does not.
      ...(decision.watch ? { timeoutSeconds: WATCH_SECONDS + 5 } : {}),
      maxBytes: MAX_ANSWER_BYTES,
    });
    log(`try-it: ${method} ${decision.upstreamPath} → ${answer.status} (${Math.round(performance.now() - started)} ms)`);
    const headers: Record<string, string> = { ...SAFE_HEADERS, [TRY_IT_HEADER]: 'proxied' };
    for (const name of PASSED_HEADERS) {
      const value = answer.headers[name];
      if (value) headers[name] = value;
    }
    return new Response(answer.status === 204 ? null : answer.body.slice(), { status: answer.status, headers });
  } catch (failure) {
    log(`try-it: ${method} ${decision.upstreamPath} failed: ${describeError(failure)}`);
    return refuse(502, describeError(failure));
  }
}
