import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { TransportError } from '../../errors';
import { userAgent } from '../../product';
import { DEFAULT_DOCUMENT_LIMITS, formatSize, limitFor, type DocumentLimits } from '../size-limits';
import { describeFailure } from '../status';
import type { ApiRequest, RequestTransport, TransportRequest, TransportResponse } from '../transport';
import { displayServer, type LiveEndpoint } from './endpoint';
import { describeNetworkError, isRetriable, retryAfterSeconds } from './network-errors';

export interface HttpTransportOptions {
  /** Per-attempt deadline for connecting and reading the whole answer. */
  timeoutSeconds: number;
  /** Further attempts after a dropped connection or a 429/5xx carrying Retry-After. */
  retries: number;
  /** Longest Retry-After honoured; a server asking for more gets its answer returned as is. */
  maxRetryAfterSeconds?: number;
  /** Largest document read, raw and decompressed; by default 512 MiB for OpenAPI, 64 MiB for the rest. */
  limits?: DocumentLimits;
  /** Injected for tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

class AttemptTimeout extends Error {
  readonly code = 'ATLAS_TIMEOUT';
}

class AnswerTooLarge extends Error {
  readonly code = 'ATLAS_TOO_LARGE';
}

class UndecodableAnswer extends Error {
  readonly code = 'ATLAS_UNDECODABLE';
}

/** What one attempt sends, beyond the credentials and the headers every request carries. */
interface Attempt {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  timeoutSeconds: number;
  /** Longest body, counted on the wire and again after decompression. */
  maxBytes?: number;
  /** The setting that raises `maxBytes`, named in the message. */
  limitSetting?: string;
  signal?: AbortSignal;
}

/**
 * A Transport over HTTP(S) to a live kube-apiserver. Sends what kubectl
 * sends (Accept, `Accept-Encoding: gzip`, a User-Agent naming the product),
 * undoes the Content-Encoding, retries dropped connections and honours
 * Retry-After on 429/5xx a bounded number of times. Answers are data
 * (404, 503 and friends resolve) except 401 and 403, which say the
 * connection itself is refused: they throw a TransportError naming the
 * context, user and URL, after one retry with fresh credentials for 401.
 */
export class HttpTransport implements RequestTransport {
  readonly description: string;
  private readonly base: string;

  constructor(
    private readonly endpoint: LiveEndpoint,
    private readonly options: HttpTransportOptions,
  ) {
    this.base = displayServer(endpoint.server);
    this.description = this.base;
  }

  /** The identity the transport connects as, for messages: `context "dev", user "alice" (bearer token)`. */
  get identity(): string {
    return this.endpoint.identity;
  }

  async get(path: string, request: TransportRequest): Promise<TransportResponse> {
    const url = `${this.base}${path}`;
    const sleep = this.options.sleep ?? defaultSleep;
    const maxWait = this.options.maxRetryAfterSeconds ?? 10;
    let refreshedCredentials = false;
    for (let attempt = 0; ; attempt += 1) {
      let response: TransportResponse;
      try {
        const headers: Record<string, string> = { Accept: request.accept, ...(request.ifNoneMatch ? { 'If-None-Match': request.ifNoneMatch } : {}) };
        const limit = limitFor(path, this.options.limits ?? DEFAULT_DOCUMENT_LIMITS);
        response = await this.attempt(url, {
          method: 'GET',
          headers,
          timeoutSeconds: this.options.timeoutSeconds,
          maxBytes: limit.bytes,
          limitSetting: limit.setting,
          ...(request.signal ? { signal: request.signal } : {}),
        });
      } catch (error) {
        if (error instanceof TransportError) throw error;
        if (attempt < this.options.retries && isRetriable(error) && !request.signal?.aborted) {
          await sleep(100 * 2 ** attempt);
          continue;
        }
        throw new TransportError(`GET ${url}`, describeAttemptError(error, this.endpoint.trust, this.options.timeoutSeconds), { cause: error });
      }
      const { status } = response;
      if (status === 401 && !refreshedCredentials) {
        // An exec plugin's token may have expired: ask again once, as client-go does.
        refreshedCredentials = true;
        this.endpoint.refreshCredentials();
        continue;
      }
      if (status === 401 || status === 403) {
        const verdict = status === 401 ? 'did not accept the credentials of' : 'does not allow';
        throw new TransportError(`GET ${url}`, `${describeFailure(response)}: the server ${verdict} ${this.endpoint.identity}`, { status });
      }
      const wait = retryAfterSeconds(response.headers['retry-after']);
      if ((status === 429 || status >= 500) && wait !== undefined && wait <= maxWait && attempt < this.options.retries) {
        await sleep(wait * 1000);
        continue;
      }
      return response;
    }
  }

  /**
   * Sends one request of any method with the connection's credentials: for
   * "Try it out". Only the fields of `request` reach the server (no browser
   * headers). A 401 is retried once with fresh credentials (the server
   * refused before acting, so this is safe for any method); a dropped
   * connection is retried for GET only. Every status resolves.
   */
  async request(request: ApiRequest): Promise<TransportResponse> {
    const url = `${this.base}${request.path}`;
    const timeoutSeconds = request.timeoutSeconds ?? this.options.timeoutSeconds;
    const headers: Record<string, string> = { Accept: request.accept };
    if (request.body !== undefined) headers['Content-Type'] = request.contentType ?? 'application/json';
    const attempt: Attempt = {
      method: request.method,
      headers,
      timeoutSeconds,
      ...(request.body !== undefined ? { body: request.body } : {}),
      ...(request.maxBytes !== undefined ? { maxBytes: request.maxBytes } : {}),
    };
    let refreshedCredentials = false;
    for (let tries = 0; ; tries += 1) {
      let response: TransportResponse;
      try {
        response = await this.attempt(url, attempt);
      } catch (error) {
        if (error instanceof TransportError) throw error;
        if (request.method === 'GET' && tries < this.options.retries && isRetriable(error)) {
          await (this.options.sleep ?? defaultSleep)(100 * 2 ** tries);
          continue;
        }
        throw new TransportError(`${request.method} ${url}`, describeAttemptError(error, this.endpoint.trust, timeoutSeconds), { cause: error });
      }
      if (response.status === 401 && !refreshedCredentials) {
        refreshedCredentials = true;
        this.endpoint.refreshCredentials();
        continue;
      }
      return { ...response, source: `${request.method} ${url}` };
    }
  }

  private async attempt(url: string, attempt: Attempt): Promise<TransportResponse> {
    const options = await this.endpoint.requestOptions();
    const headers: Record<string, string> = {
      ...(options.headers as Record<string, string> | undefined),
      ...attempt.headers,
      'Accept-Encoding': 'gzip',
      'User-Agent': userAgent(),
    };
    if (attempt.body !== undefined) headers['Content-Length'] = String(attempt.body.byteLength);
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    const raw = await new Promise<{ message: IncomingMessage; body: Buffer }>((resolve, reject) => {
      const req = client.request(
        target,
        { method: attempt.method, headers, agent: options.agent, auth: options.auth, signal: attempt.signal },
        (message) => {
          // Destroyed without an error: readBounded rejects with it, and an error passed to destroy() can
          // reach the response stream after its listeners are done (an uncaught exception).
          readBounded(message, attempt, () => req.destroy()).then((body) => resolve({ message, body }), reject);
        },
      );
      const timer = setTimeout(() => req.destroy(new AttemptTimeout(`no answer within ${attempt.timeoutSeconds} s`)), attempt.timeoutSeconds * 1000);
      req.on('error', reject);
      req.on('close', () => clearTimeout(timer));
      req.end(attempt.body);
    });
    const responseHeaders: Record<string, string> = { 'content-type': '' };
    for (const [name, value] of Object.entries(raw.message.headers)) {
      if (value !== undefined) responseHeaders[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
    }
    const body = raw.body;
    delete responseHeaders['content-encoding'];
    return {
      status: raw.message.statusCode ?? 0,
      headers: responseHeaders,
      body: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      source: `${attempt.method} ${url}`,
    };
  }
}

/** A message for a failed attempt: the size limit and decoding failures as they are, the rest as network errors. */
function describeAttemptError(error: unknown, trust: string, timeoutSeconds: number): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ATLAS_TOO_LARGE' || code === 'ATLAS_UNDECODABLE') return (error as Error).message;
  return describeNetworkError(error, trust, timeoutSeconds);
}

/**
 * Reads an answer's body, undoing its Content-Encoding as it arrives and
 * counting bytes on the wire and after decompression: past
 * `attempt.maxBytes` either way, `abort` ends the request with
 * AnswerTooLarge, so memory stays near the limit whatever the server sends
 * (a gzip bomb inflates a thousandfold).
 */
function readBounded(message: IncomingMessage, attempt: Attempt, abort: () => void): Promise<Buffer> {
  const encoding = String(message.headers['content-encoding'] ?? '').toLowerCase();
  const decoder = encoding === 'gzip' ? zlib.createGunzip() : encoding === 'deflate' ? zlib.createInflate() : undefined;
  const max = attempt.maxBytes;
  const setting = attempt.limitSetting ? ` (limit: ${attempt.limitSetting})` : '';
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let decoded = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      decoder?.destroy();
      reject(error);
      abort();
    };
    const keep = (chunk: Buffer) => {
      decoded += chunk.byteLength;
      if (max !== undefined && decoded > max) {
        const verb = decoder ? 'inflates to more than' : 'is larger than';
        return fail(new AnswerTooLarge(`the answer ${verb} ${formatSize(max)}${setting}`));
      }
      chunks.push(chunk);
    };
    message.on('data', (chunk: Buffer) => {
      if (failed) return;
      wire += chunk.byteLength;
      if (max !== undefined && wire > max) return fail(new AnswerTooLarge(`the answer is larger than ${formatSize(max)}${setting}`));
      if (decoder) decoder.write(chunk);
      else keep(chunk);
    });
    message.on('error', (error) => fail(error));
    message.on('aborted', () => fail(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })));
    const done = () => {
      if (!failed) resolve(Buffer.concat(chunks));
    };
    if (decoder) {
      decoder.on('data', (chunk: Buffer) => {
        if (!failed) keep(chunk);
      });
      decoder.on('error', () => fail(new UndecodableAnswer(`the ${encoding}-encoded answer could not be decompressed`)));
      decoder.on('end', done);
      message.on('end', () => decoder.end());
    } else {
      message.on('end', done);
    }
  });
}
