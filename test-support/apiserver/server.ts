/**
 * A test double of kube-apiserver: a real Node HTTP(S) server on 127.0.0.1
 * serving recorded documents with kube-apiserver's negotiation: aggregated
 * vs legacy discovery by Accept, protobuf vs JSON for /openapi/v2, gzip for
 * large answers when asked, ETag / If-None-Match → 304 where kube-apiserver
 * sends ETags, `Status` JSON bodies for errors. Switches (mutable while it
 * runs) add bearer-token and client-certificate auth (401/403), unavailable
 * group-versions (503 in legacy discovery, Stale in aggregated), latency,
 * 429/503 with Retry-After, dropped connections and a hung server. API
 * objects (`objects`, see objects.ts) answer GET, watch and DELETE; any other
 * method on a document is 405.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import zlib from 'node:zlib';
import type { CustomResourceDefinition } from '../../lib/crd/types';
import { ACCEPT_JSON, mediaTypeMatches, parseAccept } from '../../lib/kube/media-type';
import { CRD_LIST_PATH } from '../../lib/kube/crd-list';
import { kubeStatus } from '../../lib/kube/status';
import type { OpenAPIV2 } from 'openapi-types';
import { openApiV3Hash } from '../../lib/crd/openapi-v3';
import { withCrds, type DocumentSet, type Representation } from './documents';
import { publishOpenApiV3 } from './openapi-v3';
import { ObjectStore } from './objects';
import type { TestPki } from './certs';

/** kube-apiserver compresses answers of at least 128 KiB when the client accepts gzip. */
export const GZIP_THRESHOLD_BYTES = 128 * 1024;

export interface ApiServerSwitches {
  /** Bearer tokens accepted (user name → token); undefined: no authentication required. */
  tokens?: Record<string, string>;
  /** Users whose requests are authenticated but forbidden (403). */
  forbiddenUsers: Set<string>;
  /** Group-versions ("group/version") whose aggregated API server is down. */
  unavailable: Set<string>;
  /** Added before every answer. */
  latencyMs: number;
  /** The next N requests have their connection destroyed without an answer. */
  dropNext: number;
  /** Never answer (timeouts). */
  hang: boolean;
  /** The next `remaining` requests get `status` with Retry-After. */
  throttle?: { remaining: number; status: 429 | 503; retryAfterSeconds: number };
  /**
   * Authenticated users get 403 for the `customresourcedefinitions` list, as
   * with a ClusterRole granting discovery and OpenAPI only (deploy/'s default).
   */
  forbidCrdList?: boolean;
  /** Answers `path` (every Accept) with a gzip body inflating to `inflatedBytes` zero bytes: a decompression bomb. */
  gzipBomb?: { path: string; inflatedBytes: number };
}

/**
 * A gzip body of `inflatedBytes` zeros, made of 1 MiB members (RFC 1952
 * allows concatenated members; Node's gunzip reads them all): 2 GiB inflate
 * from ~2 MB on the wire, built in milliseconds instead of compressing 2 GiB.
 */
function gzipBomb(inflatedBytes: number): Buffer {
  const mebibyte = 1024 * 1024;
  const member = zlib.gzipSync(Buffer.alloc(mebibyte), { level: 9 });
  const members = Math.ceil(inflatedBytes / mebibyte);
  return Buffer.concat(Array.from({ length: members }, () => member));
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string, with its `?`, or empty. */
  search: string;
  /** Names of the request's headers, lower case (to prove what a client did not send). */
  headerNames: string[];
  accept: string;
  ifNoneMatch?: string;
  acceptEncoding?: string;
  userAgent?: string;
  /** Authenticated user, or "anonymous". */
  user: string;
  status: number;
  /** Bytes on the wire (after gzip). */
  bytes: number;
  gzip: boolean;
  /** ms since the double started, when the answer was sent. */
  at: number;
}

function choose(representations: readonly Representation[], accept: string): Representation | undefined {
  for (const type of parseAccept(accept || '*/*')) {
    const hit = representations.find((r) => mediaTypeMatches(type, r.contentType));
    if (hit) return hit;
  }
  return undefined;
}

export class ApiServerDouble {
  readonly switches: ApiServerSwitches = { forbiddenUsers: new Set(), unavailable: new Set(), latencyMs: 0, dropNext: 0, hang: false };
  readonly requests: RecordedRequest[] = [];
  /** API objects served besides the documents (see objects.ts). */
  readonly objects = new ObjectStore();
  url = '';
  private current: DocumentSet;
  private crds: CustomResourceDefinition[] = [];
  private servesOpenApiV3 = false;
  private readonly started = performance.now();
  private readonly gzipped = new WeakMap<Representation, Buffer>();
  private readonly server: http.Server;

  constructor(
    private readonly base: DocumentSet,
    readonly pki?: TestPki,
  ) {
    this.current = base;
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = pki
      ? https.createServer({ key: pki.server.key, cert: pki.server.cert, ca: [pki.ca.cert], requestCert: true, rejectUnauthorized: false }, handler)
      : http.createServer(handler);
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    const { port: bound } = this.server.address() as AddressInfo;
    this.url = `${this.pki ? 'https' : 'http'}://127.0.0.1:${bound}`;
    return this;
  }

  /** Installs CRDs (replacing earlier ones): discovery and /openapi/v2 change, as after `kubectl apply`. */
  installCrds(crds: readonly CustomResourceDefinition[]): void {
    this.crds = [...crds];
    this.republish();
  }

  /** Marks a group-version's aggregated API server as down (or up again). */
  setUnavailable(groupVersion: string, down = true): void {
    if (down) this.switches.unavailable.add(groupVersion);
    else this.switches.unavailable.delete(groupVersion);
    this.republish();
  }

  /** Requests matching `filter` (all by default), e.g. to count fetches of one document. */
  count(filter: (r: RecordedRequest) => boolean = () => true): number {
    return this.requests.filter(filter).length;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private republish(): void {
    this.current = withCrds(this.base, this.crds, this.switches.unavailable);
    if (this.servesOpenApiV3) {
      if (this.current === this.base) this.current = this.base.clone();
      publishOpenApiV3(this.current, this.base.json('/openapi/v2', ACCEPT_JSON) as OpenAPIV2.Document, this.crds);
    }
  }

  /** Serve `/openapi/v3` as kube-apiserver 1.27+ does (see openapi-v3.ts), or not (older servers: 404). */
  setServesOpenApiV3(serves: boolean): void {
    this.servesOpenApiV3 = serves;
    this.republish();
  }

  private user(req: IncomingMessage): string | undefined {
    const socket = req.socket as TLSSocket;
    if (this.pki && socket.authorized) {
      const cn = socket.getPeerCertificate()?.subject?.CN;
      if (cn) return Array.isArray(cn) ? cn[0] : cn;
    }
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    if (!token) return undefined;
    return Object.entries(this.switches.tokens ?? {}).find(([, t]) => t === token)?.[0] ?? '';
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://double');
    const accept = req.headers.accept ?? '';
    const user = this.user(req);
    const record = (status: number, bytes: number, gzip: boolean) =>
      this.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        search: url.search,
        headerNames: Object.keys(req.headers),
        accept,
        ...(req.headers['if-none-match'] ? { ifNoneMatch: req.headers['if-none-match'] } : {}),
        ...(req.headers['accept-encoding'] ? { acceptEncoding: String(req.headers['accept-encoding']) } : {}),
        ...(req.headers['user-agent'] ? { userAgent: req.headers['user-agent'] } : {}),
        user: user || 'anonymous',
        status,
        bytes,
        gzip,
        at: performance.now() - this.started,
      });
    if (this.switches.dropNext > 0) {
      this.switches.dropNext -= 1;
      record(0, 0, false);
      req.socket.destroy();
      return;
    }
    if (this.switches.hang) return;
    if (this.switches.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.switches.latencyMs));

    const fail = (code: number, message: string, headers: Record<string, string> = {}) => {
      const body = Buffer.from(JSON.stringify(kubeStatus(code, message)));
      res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': body.byteLength, ...headers });
      res.end(body);
      record(code, body.byteLength, false);
    };
    if (this.switches.tokens) {
      if (!user) return fail(401, 'Unauthorized');
      if (this.switches.forbiddenUsers.has(user)) return fail(403, `forbidden: User "${user}" cannot get path "${url.pathname}"`);
    }
    const throttle = this.switches.throttle;
    if (throttle && throttle.remaining > 0) {
      throttle.remaining -= 1;
      return fail(
        throttle.status,
        throttle.status === 429 ? 'Too many requests, please try again later.' : 'the server is currently unable to handle the request',
        { 'Retry-After': String(throttle.retryAfterSeconds) },
      );
    }
    const bomb = this.switches.gzipBomb;
    if (bomb && url.pathname === bomb.path) {
      const body = gzipBomb(bomb.inflatedBytes);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip', 'Content-Length': body.byteLength });
      res.end(body);
      record(200, body.byteLength, true);
      return;
    }
    const gv = /^(?:\/openapi\/v3)?\/apis\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (gv && this.switches.unavailable.has(`${gv[1]}/${gv[2]}`)) return fail(503, 'the server is currently unable to handle the request');

    if (url.pathname === CRD_LIST_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      if (this.switches.forbidCrdList) {
        return fail(
          403,
          `customresourcedefinitions.apiextensions.k8s.io is forbidden: User "${user || 'system:anonymous'}" cannot list resource "customresourcedefinitions" in API group "apiextensions.k8s.io" at the cluster scope`,
        );
      }
      // The CRDs installed, as kube-apiserver lists them (the double keeps the validated spec, not status).
      const body = Buffer.from(
        JSON.stringify({
          kind: 'CustomResourceDefinitionList',
          apiVersion: 'apiextensions.k8s.io/v1',
          metadata: { resourceVersion: String(1000 + this.crds.length) },
          items: this.crds,
        }),
      );
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': body.byteLength, 'Cache-Control': 'no-cache, private' });
      res.end(req.method === 'HEAD' ? undefined : body);
      record(200, body.byteLength, false);
      return;
    }
    if (this.objects.owns(url.pathname)) {
      const answer = await this.objects.handle(req, res, url);
      record(answer.status, answer.bytes, false);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return fail(405, 'the server does not allow this method on the requested resource');
    const representations = this.current.get(url.pathname);
    if (!representations || representations.length === 0) return fail(404, 'the server could not find the requested resource');
    const chosen = choose(representations, accept);
    if (!chosen) return fail(406, `only the following media types are accepted: ${representations.map((r) => r.contentType).join(', ')}`);
    const headers: Record<string, string | number> = {
      'Content-Type': chosen.contentType,
      Vary: 'Accept, Accept-Encoding',
      'Cache-Control': 'no-cache, private',
    };
    const hash = url.searchParams.get('hash');
    if (hash !== null && url.pathname.startsWith('/openapi/v3/')) {
      // kube-openapi's handler3: the current hash is immutable for a year; an old one redirects to the current URL.
      const current = openApiV3Hash(chosen.body);
      if (hash !== current) {
        res.writeHead(301, { Location: `${url.pathname}?hash=${current}`, 'Cache-Control': 'no-cache, private' });
        res.end();
        record(301, 0, false);
        return;
      }
      headers['Cache-Control'] = 'public, immutable';
      headers.Expires = new Date(Date.now() + 365 * 24 * 3600 * 1000).toUTCString();
    }
    if (chosen.etag) {
      headers.ETag = chosen.etag;
      if (req.headers['if-none-match'] === chosen.etag) {
        res.writeHead(304, headers);
        res.end();
        record(304, 0, false);
        return;
      }
    }
    let body = Buffer.from(chosen.body.buffer, chosen.body.byteOffset, chosen.body.byteLength);
    const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) && body.byteLength >= GZIP_THRESHOLD_BYTES;
    if (gzip) {
      let compressed = this.gzipped.get(chosen);
      if (!compressed) {
        compressed = zlib.gzipSync(body);
        this.gzipped.set(chosen, compressed);
      }
      body = compressed;
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.byteLength;
    res.writeHead(200, headers);
    res.end(body);
    record(200, body.byteLength, gzip);
  }
}

/** Starts a double on 127.0.0.1 (a free port) serving `documents`, over HTTPS when `pki` is given. */
export async function startApiServer(
  documents: DocumentSet,
  options: { pki?: TestPki; port?: number; openApiV3?: boolean } = {},
): Promise<ApiServerDouble> {
  const server = new ApiServerDouble(documents, options.pki);
  if (options.openApiV3) server.setServesOpenApiV3(true);
  return server.listen(options.port);
}
