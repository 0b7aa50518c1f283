/**
 * Rendered pages of immutable sources (loaded by scripts/http-guard.cjs).
 * With only snapshot sources the HTML of a URL never changes while the
 * process runs, so a page rendered once is kept and sent again without a
 * render: proxy.server.ts marks such answers (MARKER), this module keeps
 * them in an LRU bounded in bytes (ATLAS_PAGE_CACHE_MB, default 64; 0 turns
 * it off).
 *
 * The CSP nonce: a page's scripts carry the nonce of its policy, and a nonce
 * is only worth something if no one can know it before the page is sent.
 * Sending one cached copy with its original nonce to everyone would make the
 * nonce public (any visitor reads it) for every later answer. So every answer
 * from the cache gets a fresh random nonce, put in both the policy and every
 * place the render wrote the old one; the rest of the bytes are those of a
 * render. The old nonce is 128 random bits chosen after the page's content
 * (from the snapshot) was fixed, so it cannot occur in that content by design.
 *
 * Pages of a live primary source are kept too, under the ETag the guard
 * gave them (the documents they were rendered from, lib/security/page-cache.ts),
 * and sent again only while the app says the page would get that same ETag
 * now (LIVE_PAGE_ETAG, registered by the root layout): a changed document,
 * a stale banner or a cluster's health means a new render.
 *
 * Only plain page loads are kept: GET or HEAD of an HTML answer, 200, without
 * Set-Cookie, and not React Server Component requests (`RSC`, `Next-Router-*`,
 * `_rsc`), whose answers depend on those headers. The key includes the Host
 * header, so a host the site refuses (421, ATLAS_ALLOWED_HOSTS) never finds
 * a copy. Answers are decompressed when stored and compressed (gzip) when sent.
 */
'use strict';
const { randomBytes } = require('node:crypto');
const zlib = require('node:zlib');
const { promisify } = require('node:util');

const gzip = promisify(zlib.gzip);
/** The response header proxy.server.ts sets on pages of immutable sources; never sent to the client. */
const MARKER = 'x-atlas-immutable-page';
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
/** Headers of the stored answer that are not replayed (per answer, or recomputed). */
const NOT_REPLAYED = new Set(['set-cookie', 'content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive', MARKER]);

class PageCache {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    /** key → { html, nonce, headers, size, version }; Map order is recency (LRU). */
    this.entries = new Map();
    /** key → a promise settled when the render of that page in progress is over (scripts/http-guard.cjs). */
    this.inFlight = new Map();
  }

  get enabled() {
    return this.maxBytes > 0;
  }

  /** The key of a request that may be served from the cache, or undefined. */
  keyOf(request) {
    if (!this.enabled || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined;
    const h = request.headers;
    if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || h['next-action'] || /[?&]_rsc=/.test(request.url ?? ''))
      return undefined;
    const url = request.url ?? '/';
    if (url.startsWith('/_next/') || url.startsWith('/try-it/')) return undefined;
    return `${h.host ?? ''} ${url}`;
  }

  /** Answers from the cache; false when there is no copy. */
  /** The version a copy was stored under: undefined for immutable pages, the page's ETag for live ones. */
  versionOf(key) {
    const entry = this.entries.get(key);
    return entry ? { version: entry.version } : undefined;
  }

  /** Answers from the cache when there is a copy of this `version` (see versionOf); false otherwise. */
  serve(key, request, response, version) {
    const entry = this.entries.get(key);
    if (!entry || entry.version !== version) return false;
    this.entries.delete(key);
    this.entries.set(key, entry);
    const nonce = randomBytes(16).toString('base64');
    const headers = { ...entry.headers };
    const etag = headers.etag;
    const ifNoneMatch = request.headers['if-none-match'];
    if (etag && ifNoneMatch && ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag.replace(/^W\//, ''))) {
      // As proxy.server.ts: no policy on a 304, the browser keeps the one stored with the page.
      delete headers['content-security-policy'];
      delete headers['content-type'];
      response.writeHead(304, headers);
      response.end();
      return true;
    }
    headers['content-security-policy'] = headers['content-security-policy'].split(entry.nonce).join(nonce);
    const html = Buffer.from(entry.html.split(entry.nonce).join(nonce));
    const send = (body, encoding) => {
      response.writeHead(200, { ...headers, ...(encoding ? { 'content-encoding': encoding } : {}), 'content-length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      gzip(html, { level: 4 }).then(
        (body) => send(body, 'gzip'),
        () => send(html),
      );
    } else send(html);
    return true;
  }

  /**
   * Watches a response that may be stored: when it turns out to be a marked
   * 200 HTML page, collects what is written and stores it when it finishes.
   * Strips the marker from every response.
   */
  capture(key, request, response, liveETag = () => undefined) {
    // A HEAD answer has no body to keep.
    if (request.method !== 'GET' || !this.enabled) key = undefined;
    let chunks;
    let decided = false;
    /** Whether to keep this answer, decided once, when its headers are known (before the first byte is written). */
    const decide = (status) => {
      if (decided) return;
      decided = true;
      // Immutable (marked by proxy.server.ts) or a live page with its ETag (checked again when it finishes).
      const marked = response.getHeader(MARKER) !== undefined || liveETag() !== undefined;
      const html = String(response.getHeader('content-type') ?? '').startsWith('text/html');
      if (key && marked && status === 200 && html && !response.getHeader('set-cookie')) chunks = [];
    };
    const writeHead = response.writeHead;
    response.writeHead = function writeHeadCapturing(...args) {
      decide(typeof args[0] === 'number' ? args[0] : this.statusCode);
      this.removeHeader(MARKER);
      return writeHead.apply(this, args);
    };
    if (!key) return;
    const write = response.write;
    const end = response.end;
    const keep = (chunk, encoding) => {
      if (!response.headersSent) decide(response.statusCode);
      if (chunks && chunk && typeof chunk !== 'function')
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8'));
    };
    response.write = function writeCapturing(chunk, encoding, ...rest) {
      keep(chunk, encoding);
      return write.call(this, chunk, encoding, ...rest);
    };
    response.end = function endCapturing(chunk, encoding, ...rest) {
      keep(chunk, encoding);
      return end.call(this, chunk, encoding, ...rest);
    };
    response.once('finish', () => {
      // The status may have changed after the decision (a failure page's 502/503): only a 200 is kept.
      if (!chunks || response.statusCode !== 200 || response.getHeader('set-cookie')) return;
      // A live page is kept under the ETag it was sent with; one the guard did not give an ETag is not kept.
      const version = liveETag();
      if (version !== undefined && response.getHeader('etag') !== version) return;
      try {
        this.store(key, response, Buffer.concat(chunks), version);
      } catch {
        // An answer that cannot be decoded is simply not kept.
      }
    });
  }

  store(key, response, body, version) {
    const encoding = String(response.getHeader('content-encoding') ?? '').toLowerCase();
    const bytes =
      encoding === 'gzip'
        ? zlib.gunzipSync(body)
        : encoding === 'br'
          ? zlib.brotliDecompressSync(body)
          : encoding === 'deflate'
            ? zlib.inflateSync(body)
            : encoding
              ? undefined
              : body;
    const policy = String(response.getHeader('content-security-policy') ?? '');
    const nonce = NONCE.exec(policy)?.[1];
    if (!bytes || !nonce) return;
    const headers = {};
    for (const [name, value] of Object.entries(response.getHeaders())) if (!NOT_REPLAYED.has(name)) headers[name] = value;
    const html = bytes.toString('utf8');
    const size = html.length * 2;
    if (size > this.maxBytes / 4) return; // one page may not push out most of the others
    const old = this.entries.get(key);
    if (old) this.bytes -= old.size;
    this.entries.delete(key);
    this.entries.set(key, { html, nonce, headers, size, version });
    this.bytes += size;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.size;
    }
  }
}

function pageCacheFromEnvironment() {
  const raw = process.env.ATLAS_PAGE_CACHE_MB;
  const mb = raw === undefined || raw === '' ? 64 : Number(raw);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`environment variable ATLAS_PAGE_CACHE_MB: must be a number ≥ 0, got ${JSON.stringify(raw)}`);
  return new PageCache(Math.floor(mb * 1024 * 1024));
}

module.exports = { PageCache, pageCacheFromEnvironment, MARKER };
