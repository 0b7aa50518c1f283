/**
 * Preloaded into the production server (`node --require scripts/http-guard.cjs`:
 * `npm start`, the container image's CMD, the e2e harness), before Next.js
 * creates its HTTP server. It does the two things that must happen on the
 * raw request, before Next.js turns it into a web Request:
 *
 * - TRACE, TRACK and CONNECT get 405: the web Request cannot represent them,
 *   so Next.js answered them 500 (an error, in logs and monitoring).
 * - x-atlas-client is set to the socket's address, replacing anything a
 *   client sent: the key of Try it out's per-client rate limit
 *   (lib/try-it/proxy.ts), which a client therefore cannot choose.
 * - A page's status: the root layout renders a source's failure page as a
 *   page, which Next.js answers 200; it asks for 502/503 through
 *   lib/site/response-status.ts, and the status is applied here when the
 *   headers are written (see pageStatus below).
 * - Page answers: Next.js's chunk scripts load after the first screen
 *   (scripts/page-rewrite.cjs, scripts/deferred-hydration.cjs).
 * - Load: pages of immutable sources are answered from a cache of rendered
 *   pages (scripts/page-cache.cjs), and at most ATLAS_MAX_RENDERS requests
 *   render at once, the others waiting in a bounded FIFO queue
 *   (scripts/render-gate.cjs).
 */
'use strict';
require('./log-format.cjs');
const http = require('node:http');
const https = require('node:https');
const { AsyncLocalStorage } = require('node:async_hooks');
const { pageCacheFromEnvironment } = require('./page-cache.cjs');
const { renderGateFromEnvironment } = require('./render-gate.cjs');
const { rewritePageAnswers } = require('./page-rewrite.cjs');

const pageCache = pageCacheFromEnvironment();
const renderGate = renderGateFromEnvironment();

/** Requests that render (pages, RSC, JSON routes): not static files, probes, metrics or Try it out's proxy. */
function renders(request) {
  const url = request.url ?? '/';
  return !url.startsWith('/_next/static/') && !url.startsWith('/try-it/') && !/^\/(healthz|readyz|metrics)(\?|$)/.test(url);
}

/** More requests waiting to render than the queue holds: try again shortly, rather than wait without bound. */
function busy(response) {
  response.writeHead(503, {
    'retry-after': '1',
    'content-type': 'text/plain; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end('kube-api-atlas: too many requests are waiting to render; try again in a second\n');
}

const UNSUPPORTED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);
const ALLOWED = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

function guard(request, response) {
  if (UNSUPPORTED_METHODS.has(request.method)) {
    response.writeHead(405, {
      allow: ALLOWED,
      'content-type': 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(`kube-api-atlas: ${request.method} is not served (allowed: ${ALLOWED})\n`);
    return true;
  }
  request.headers['x-atlas-client'] = request.socket.remoteAddress ?? 'unknown';
  measure(request, response);
  return false;
}

/**
 * The status a page asked for (lib/site/response-status.ts), per request.
 * AsyncLocalStorage rather than a marker header: a server component cannot
 * set response headers, and nothing a client sends can reach this slot.
 * The root layout, which decides, is part of the shell that Next.js renders
 * before it writes the headers, so the slot is set by then.
 */
const pageStatus = new AsyncLocalStorage();
globalThis[Symbol.for('kube-api-atlas.page-status')] = (status) => {
  const slot = pageStatus.getStore();
  if (slot && Number.isInteger(status) && status >= 400 && status <= 599) slot.status = status;
};
globalThis[Symbol.for('kube-api-atlas.page-etag')] = (etag) => {
  const slot = pageStatus.getStore();
  if (slot && typeof etag === 'string' && /^(W\/)?"[\x21\x23-\x7e]*"$/.test(etag)) slot.etag = etag;
};

/**
 * Pages whose content comes from more than the primary source (another
 * cluster's pages, comparisons, the clusters views): a live page's ETag names
 * only the primary's documents, so these are never given one. Matched with
 * or without a base path, erring on the side of no ETag.
 */
/** Registered by the root layout (app/_routes/live-page-etag.ts): the ETag a primary live page would get now. */
const LIVE_PAGE_ETAG = Symbol.for('kube-api-atlas.live-page-etag-now');

const NOT_PRIMARY_ONLY = /^(?:\/[^/]+)?\/(?:c|compare|clusters|served)(?:[/.?]|$)/;

/** Whether an If-None-Match header names `etag` (weak comparison, as for GET; lib/security/page-cache.ts). */
function matchesETag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => bare(tag) === bare(etag));
}

/** The headers object passed to writeHead (or an empty one); its entries win over setHeader's. */
function headersArgument(rest) {
  return rest[0] && typeof rest[0] === 'object' && !Array.isArray(rest[0]) ? rest[0] : {};
}

function isHtml(response, rest) {
  const given = Object.entries(headersArgument(rest)).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
  return String(given ?? response.getHeader('content-type') ?? '').startsWith('text/html');
}

/**
 * Applies the asked-for status at writeHead (Node calls it for implicit
 * headers too): only to an HTML page Next.js would answer 200, so a 404,
 * a 304, a redirect or a JSON answer keeps its own status. Likewise the
 * page's ETag (live pages): set with `private, no-cache`, and a 304 instead
 * of the page when If-None-Match names it. The page is still rendered
 * (its ETag is known only once the layout has its source's status), but not
 * sent.
 */
function applyPageStatus(response, slot) {
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithPageStatus(statusCode, ...rest) {
    if (typeof rest[0] === 'string' && (slot.status || slot.etag)) rest.shift(); // "OK": Node words a new status itself
    if (slot.status && statusCode === 200) {
      const given = headersArgument(rest);
      if (isHtml(this, rest)) {
        statusCode = slot.status;
        this.statusCode = slot.status;
        // A failure page is never a copy to keep: the next request may find the source back.
        for (const name of Object.keys(given)) if (/^(cache-control|etag)$/i.test(name)) delete given[name];
        this.setHeader('cache-control', 'no-store');
        this.removeHeader('etag');
      }
    } else if (slot.etag && statusCode === 200 && !this.getHeader('etag') && isHtml(this, rest)) {
      const path = (slot.request.url ?? '/').split('?')[0];
      if (!NOT_PRIMARY_ONLY.test(path)) {
        const given = headersArgument(rest);
        for (const name of Object.keys(given)) if (/^cache-control$/i.test(name)) delete given[name];
        this.setHeader('etag', slot.etag);
        this.setHeader('cache-control', 'private, no-cache');
        if (matchesETag(slot.request.headers['if-none-match'], slot.etag)) {
          // Node sends no body with a 304 (it drops what the render writes). No policy either: the browser
          // keeps the one stored with the page, whose nonce its scripts carry (as proxy.server.ts does).
          statusCode = 304;
          this.statusCode = 304;
          this.removeHeader('content-security-policy');
          for (const name of Object.keys(given)) if (/^content-(security-policy|length|type)$/i.test(name)) delete given[name];
          this.removeHeader('content-length');
        }
      }
    }
    return writeHead.call(this, statusCode, ...rest);
  };
}

for (const httpModule of [http, https]) {
  const createServer = httpModule.createServer;
  httpModule.createServer = function createGuardedServer(...args) {
    const index = args.findIndex((arg) => typeof arg === 'function');
    if (index >= 0) {
      const listener = args[index];
      args[index] = function guardedListener(request, response) {
        if (guard(request, response)) return undefined;
        answer(this, request, response, pageCache.keyOf(request), false);
        return undefined;
      };
      /** From a copy when there is a good one (scripts/page-cache.cjs), else a render. */
      const answer = (server, request, response, key, joined) => {
        const stored = key ? pageCache.versionOf(key) : undefined;
        if (stored && stored.version === undefined && pageCache.serve(key, request, response, undefined)) {
          pageCacheAnswers?.inc({ outcome: 'hit' });
          return;
        }
        const livePageETag = globalThis[LIVE_PAGE_ETAG];
        if (stored && stored.version !== undefined && typeof livePageETag === 'function' && !NOT_PRIMARY_ONLY.test(request.url.split('?')[0])) {
          // A live page's copy: sent when the page would get the same ETag now.
          livePageETag().then(
            (now) => {
              if (now !== undefined && pageCache.serve(key, request, response, now)) pageCacheAnswers?.inc({ outcome: 'hit' });
              else renderOnce(server, request, response, key, joined);
            },
            () => renderOnce(server, request, response, key, joined),
          );
          return;
        }
        renderOnce(server, request, response, key, joined);
      };
      /**
       * One render per page at a time: a request for a page already being
       * rendered waits for that render and is answered from its copy (64
       * connections missing the same page at once, when a live page's state
       * changes, would otherwise render it 64 times). Waits once only.
       */
      const renderOnce = (server, request, response, key, joined) => {
        const running = key && !joined ? pageCache.inFlight.get(key) : undefined;
        if (running) {
          running.then(() => answer(server, request, response, key, true));
          return;
        }
        if (key) {
          const done = new Promise((resolve) => response.once('close', resolve));
          pageCache.inFlight.set(key, done);
          done.then(() => {
            if (pageCache.inFlight.get(key) === done) pageCache.inFlight.delete(key);
          });
        }
        renderRequest.call(server, request, response, key);
      };
      const renderRequest = function renderRequest(request, response, key) {
        const slot = { request, status: undefined, etag: undefined };
        // Installed before applyPageStatus, so it sees the status that wrapper settles on (a failure page is never kept).
        pageCache.capture(key, request, response, () => (NOT_PRIMARY_ONLY.test((request.url ?? '/').split('?')[0]) ? undefined : slot.etag));
        // Between the two: it sees the final status (applyPageStatus runs first) and the cache keeps what it sends.
        rewritePageAnswers(request, response);
        applyPageStatus(response, slot);
        const render = () => pageStatus.run(slot, () => listener.call(this, request, response));
        if (!renders(request)) return render();
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          renderGate.release();
        };
        const admitted = renderGate.enter(
          () => {
            response.once('close', release);
            render();
          },
          (giveUp) => response.once('close', giveUp),
        );
        if (!admitted) busy(response);
        return undefined;
      };
    }
    return createServer.apply(this, args);
  };
}

/**
 * Response durations per route kind (`atlas_http_response_duration_seconds`):
 * a page's render is most of its response, so this is the render time per
 * kind of page, measured from the first byte of the request to the last of
 * the answer, in prom-client's default registry, which /metrics exports.
 */
let responseSeconds;
let pageCacheAnswers;
try {
  const { Counter, Histogram, register } = require('prom-client');
  // The app may load its own copy of prom-client (the standalone build keeps externals under
  // .next-server/node_modules): /metrics finds this registry here and adds it to its own.
  globalThis[Symbol.for('kube-api-atlas.guard-registry')] = register;
  responseSeconds = new Histogram({
    name: 'atlas_http_response_duration_seconds',
    help: 'Time from request to the end of the response, by kind of route (resource, group_version, compare, json, try_it, …) and status class',
    labelNames: ['route_kind', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  });
  pageCacheAnswers = new Counter({
    name: 'atlas_page_cache_answers_total',
    help: 'Pages of immutable sources answered from the cache of rendered pages (scripts/page-cache.cjs)',
    labelNames: ['outcome'],
  });
} catch {
  // prom-client missing (a development setup): no metric, nothing else changes.
}

/** The kind of route a path is, for metric labels (a small fixed set, never the path itself). */
function routeKind(pathname) {
  if (pathname.startsWith('/_next/')) return 'asset';
  if (pathname.startsWith('/try-it/')) return 'try_it';
  if (/^\/(healthz|readyz|metrics)$/.test(pathname)) return 'operations';
  if (pathname.startsWith('/openapi/') || pathname.endsWith('.json')) return 'json';
  if (pathname.startsWith('/compare')) return 'compare';
  if (/\/fields\//.test(pathname)) return 'field';
  if (/^\/api\/v1\/[^/]+$|^\/apis\/[^/]+\/[^/]+\/[^/]+$/.test(pathname)) return 'resource';
  if (/^\/api\/v1$|^\/apis\/[^/]+\/[^/]+$/.test(pathname)) return 'group_version';
  if (/^\/(api|apis(\/[^/]+)?)$/.test(pathname)) return 'group';
  const first = pathname.split('/')[1];
  return first && ['definitions', 'kinds', 'endpoints', 'deprecations'].includes(first) ? first : first ? 'other' : 'home';
}

function measure(request, response) {
  if (!responseSeconds) return;
  const started = process.hrtime.bigint();
  response.once('finish', () => {
    const pathname = (request.url ?? '/').split('?')[0];
    responseSeconds.observe(
      { route_kind: routeKind(pathname), status: `${String(response.statusCode).charAt(0)}xx` },
      Number(process.hrtime.bigint() - started) / 1e9,
    );
  });
}
