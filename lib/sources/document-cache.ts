import { createHash } from 'node:crypto';
import { TransportError, describeError } from '../errors';
import type { Transport, TransportRequest, TransportResponse } from '../kube/transport';

/** Counters for diagnostics and for tests that prove single-flight and revalidation. */
export interface CacheStats {
  /** Requests sent upstream. */
  upstream: number;
  /** Upstream answers 304 Not Modified. */
  notModified: number;
  /** Served from memory without asking upstream. */
  hits: number;
  /** Callers that joined a request already in flight for the same document. */
  coalesced: number;
  /** Last good copies served because upstream failed. */
  servedStale: number;
}

/** A request that got no usable answer in the current round (the server is down, refuses us, ...). */
export interface CacheFailure {
  path: string;
  message: string;
  error: unknown;
}

interface Entry {
  path: string;
  accept: string;
  response: TransportResponse;
  /** Hash of status, content type and body: decides whether a 200 changed anything. */
  digest: string;
  /** Round in which the entry was last confirmed by upstream. */
  validated: number;
  /** Round in which a consumer last asked for the entry (unused entries are pruned). */
  used: number;
}

/**
 * An answer the server declared immutable (`Cache-Control: immutable`, as
 * kube-apiserver sends for `/openapi/v3/...?hash=` URLs): the URL names that
 * content for good, so it is never revalidated; a change is a new URL.
 */
function isImmutable(response: TransportResponse): boolean {
  return response.status === 200 && /(?:^|,)\s*immutable\s*(?:,|$)/i.test(response.headers['cache-control'] ?? '');
}

function digestOf(response: TransportResponse): string {
  return createHash('sha256')
    .update(`${response.status}\n${response.headers['content-type'] ?? ''}\n`)
    .update(response.body)
    .digest('hex');
}

/**
 * A Transport that keeps every answer of an upstream transport in memory,
 * shared by all callers. Work happens in rounds: within a round each
 * document is fetched at most once, and concurrent requests for the same
 * document share one upstream request (single-flight). `revalidate()` starts
 * a round and re-checks every known document, with If-None-Match when the
 * server gave an ETag; it reports whether anything changed, so the model is
 * rebuilt only then. When upstream fails for a document that has a last
 * good copy, the copy is served and the failure recorded. Answers marked
 * `Cache-Control: immutable` are kept without revalidation (see isImmutable).
 */
export class DocumentCache implements Transport {
  readonly description: string;
  readonly stats: CacheStats = { upstream: 0, notModified: 0, hits: 0, coalesced: 0, servedStale: 0 };
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<TransportResponse>>();
  private round = 0;
  private changed = false;
  private failures: CacheFailure[] = [];

  constructor(private readonly upstream: Transport) {
    this.description = upstream.description;
  }

  /** Starts a new round: every document will be checked with upstream again on its next use. */
  beginRound(): void {
    this.round += 1;
    this.changed = false;
    this.failures = [];
  }

  /** Whether a document changed, appeared, and which requests failed in the current round. */
  roundResult(): { changed: boolean; failures: readonly CacheFailure[] } {
    return { changed: this.changed, failures: [...this.failures] };
  }

  get size(): number {
    return this.entries.size;
  }

  async get(path: string, request: TransportRequest): Promise<TransportResponse> {
    const key = `${path}\n${request.accept}`;
    const entry = this.entries.get(key);
    if (entry) entry.used = this.round;
    if (entry && (entry.validated === this.round || isImmutable(entry.response))) {
      this.stats.hits += 1;
      return entry.response;
    }
    const response = await this.fetchOnce(key, path, request.accept);
    const stored = this.entries.get(key);
    if (stored) stored.used = this.round;
    return response;
  }

  /**
   * Starts a round and re-checks every document used in the last one,
   * concurrently but at most `concurrency` at a time.
   */
  async revalidate(concurrency = 8): Promise<{ changed: boolean; failures: readonly CacheFailure[] }> {
    this.beginRound();
    const queue = [...this.entries.entries()].filter(([, entry]) => !isImmutable(entry.response));
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [key, entry] = next;
        await this.fetchOnce(key, entry.path, entry.accept).catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    return this.roundResult();
  }

  /**
   * A digest of every document held (path, Accept, and the hash of its
   * answer): the same documents give the same fingerprint, in any process;
   * any changed, added or removed document gives another. Pages of a live
   * source take their ETag from it.
   */
  fingerprint(): string {
    const hash = createHash('sha256');
    for (const key of [...this.entries.keys()].sort()) hash.update(`${key}\n${this.entries.get(key)!.digest}\n`);
    return hash.digest('base64url');
  }

  /** Forgets documents no consumer asked for in the current round (a removed group's documents). */
  prune(): void {
    for (const [key, entry] of this.entries) if (entry.used !== this.round) this.entries.delete(key);
  }

  private fetchOnce(key: string, path: string, accept: string): Promise<TransportResponse> {
    const running = this.inflight.get(key);
    if (running) {
      this.stats.coalesced += 1;
      return running;
    }
    const promise = this.fetchUpstream(key, path, accept).finally(() => this.inflight.delete(key));
    this.inflight.set(key, promise);
    return promise;
  }

  private async fetchUpstream(key: string, path: string, accept: string): Promise<TransportResponse> {
    const entry = this.entries.get(key);
    const etag = entry?.response.headers.etag;
    let response: TransportResponse;
    this.stats.upstream += 1;
    try {
      response = await this.upstream.get(path, { accept, ...(etag ? { ifNoneMatch: etag } : {}) });
    } catch (error) {
      this.failures.push({ path, message: describeError(error), error });
      if (!entry) throw error;
      this.stats.servedStale += 1;
      entry.validated = this.round;
      return entry.response;
    }
    if (response.status === 304) {
      if (!entry) throw new TransportError(response.source, 'answered 304 Not Modified to a request without If-None-Match');
      this.stats.notModified += 1;
      entry.validated = this.round;
      return entry.response;
    }
    const digest = digestOf(response);
    if (!entry || entry.digest !== digest) this.changed = true;
    this.entries.set(key, { path, accept, response, digest, validated: this.round, used: entry?.used ?? this.round });
    return response;
  }
}
