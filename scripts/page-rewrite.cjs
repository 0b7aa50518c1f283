/**
 * The server's HTML answers with Next.js's chunk scripts deferred
 * (scripts/deferred-hydration.cjs), rewritten as Next.js streams them
 * (loaded by scripts/http-guard.cjs for every request it passes on).
 *
 * Next.js compresses its answers itself, inside the handler, so what it writes
 * through the response is gzip: the rewrite has to see the page before that.
 * For a GET or HEAD that may be a page (not under /_next/ or Try it out's /try-it/,
 * not a React Server Component request) the guard therefore takes Accept-Encoding off the request
 * before Next.js sees it, rewrites the HTML and compresses the answer itself
 * (gzip, flushed whenever Next.js flushes, so streaming still streams). Any
 * other answer to such a request (a JSON route, a redirect) is compressed the
 * same way, unchanged. Next.js's own files and RSC requests are not touched:
 * Next.js compresses them as before.
 */
'use strict';
const zlib = require('node:zlib');
const { StringDecoder } = require('node:string_decoder');
const { createScriptDeferrer } = require('./deferred-hydration.cjs');

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|[a-z.+-]*\+(json|xml))|image\/svg\+xml)/i;

/** Whether the guard handles this request's answer: GET or HEAD of anything but Next.js's own files and RSC requests. */
function isPageLoad(request) {
  const h = request.headers;
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  if (h.rsc || h['next-router-prefetch'] || h['next-router-state-tree'] || /[?&]_rsc=/.test(request.url ?? '')) return false;
  // Whatever the Accept header: the page cache keeps one copy of a page for every client (scripts/page-cache.cjs).
  // Try it out's proxy streams the cluster's answers (watches) as they come: not buffered in a compressor.
  const path = (request.url ?? '/').split('?')[0];
  return !path.includes('/_next/') && !/(^|\/)try-it\//.test(path);
}

function headerOf(response, given, name) {
  const entry = Object.entries(given).find(([key]) => key.toLowerCase() === name);
  return String(entry?.[1] ?? response.getHeader(name) ?? '');
}

/** Installs the rewrite on a page load's response; does nothing for other requests. */
function rewritePageAnswers(request, response) {
  if (!isPageLoad(request)) return;
  const gzipAccepted = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  delete request.headers['accept-encoding'];
  const writeHead = response.writeHead;
  const write = response.write;
  const end = response.end;
  /** undefined until the headers are written; then what to do with the body. */
  let plan;
  response.writeHead = function writeHeadRewriting(statusCode, ...rest) {
    if (plan) return writeHead.call(this, statusCode, ...rest);
    const given = rest.find((arg) => arg && typeof arg === 'object' && !Array.isArray(arg)) ?? {};
    const type = headerOf(this, given, 'content-type');
    const encoded = headerOf(this, given, 'content-encoding') !== '';
    // A part of a file (206) is cut from its plain bytes: neither rewritten nor compressed.
    const hasBody = request.method !== 'HEAD' && ![204, 206, 304].includes(statusCode) && !(statusCode >= 100 && statusCode < 200);
    plan = {
      html: hasBody && !encoded && type.startsWith('text/html'),
      gzip: hasBody && !encoded && gzipAccepted && COMPRESSIBLE.test(type),
    };
    if (plan.html || plan.gzip) {
      for (const name of Object.keys(given)) if (name.toLowerCase() === 'content-length') delete given[name];
      this.removeHeader('content-length');
    }
    if (plan.gzip) {
      this.setHeader('content-encoding', 'gzip');
      const vary = headerOf(this, given, 'vary');
      if (!/\baccept-encoding\b/i.test(vary)) this.setHeader('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
      for (const name of Object.keys(given)) if (name.toLowerCase() === 'vary') delete given[name];
    }
    if (plan.html || plan.gzip) setUpBody(this);
    return writeHead.call(this, statusCode, ...rest);
  };

  let decoder;
  let deferrer;
  let gzip;
  const setUpBody = (res) => {
    if (plan.html) {
      decoder = new StringDecoder('utf8');
      deferrer = createScriptDeferrer();
    }
    if (plan.gzip) {
      gzip = zlib.createGzip({ level: 6 });
      gzip.on('data', (bytes) => write.call(res, bytes));
      res.flush = () => gzip.flush(zlib.constants.Z_SYNC_FLUSH);
    }
  };
  /** The bytes to send for a chunk the app wrote (rewritten when HTML). */
  const transform = (chunk, encoding, last) => {
    let text = '';
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') {
      const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8');
      if (!deferrer) return bytes;
      text = deferrer.push(decoder.write(bytes));
    }
    if (deferrer && last) text += deferrer.push(decoder.end()) + deferrer.end();
    return deferrer ? Buffer.from(text, 'utf8') : Buffer.alloc(0);
  };
  const callbackOf = (args) => args.find((arg) => typeof arg === 'function');

  response.write = function writeRewriting(chunk, ...args) {
    if (!plan && !this.headersSent) this.writeHead(this.statusCode);
    if (!plan || (!plan.html && !plan.gzip)) return write.call(this, chunk, ...args);
    const bytes = transform(chunk, args[0], false);
    const callback = callbackOf(args);
    if (gzip) {
      if (bytes.length > 0) gzip.write(bytes);
      if (callback) process.nextTick(callback);
      return true;
    }
    return bytes.length > 0 ? write.call(this, bytes, callback) : (callback && process.nextTick(callback), true);
  };
  response.end = function endRewriting(chunk, ...args) {
    if (typeof chunk === 'function') {
      args.unshift(chunk);
      chunk = undefined;
    }
    if (!plan && !this.headersSent) this.writeHead(this.statusCode);
    if (!plan || (!plan.html && !plan.gzip)) return end.call(this, chunk, ...args);
    const bytes = transform(chunk, args[0], true);
    const callback = callbackOf(args);
    if (gzip) {
      gzip.on('end', () => end.call(this, callback));
      gzip.end(bytes);
      return this;
    }
    return end.call(this, bytes, callback);
  };
}

module.exports = { rewritePageAnswers, isPageLoad };
