import { describeError, TransportError } from '../errors';
import { observeRevalidation } from '../observability/metrics';
import { fetchCrdDetails } from '../kube/crd-list';
import { fetchApiDocuments, type FetchDocumentsOptions } from '../kube/documents';
import type { ApiRequest, RequestTransport, Transport, TransportResponse } from '../kube/transport';
import { buildModel } from '../model/build';
import type { ApiModel } from '../model/types';
import { DocumentCache, type CacheFailure } from './document-cache';
import { classifyLoadFailure } from './failure';
import type { Source, SourceFailure, SourceStatus } from './types';

export interface LiveSourceOptions {
  /** Revalidate cached documents when the last check is older than this (0: on every request). */
  refreshSeconds: number;
  /**
   * Opens the transport (loads the kubeconfig); retried on the next request
   * when it fails. A RequestTransport also serves "Try it out" (request()).
   */
  connect: () => Promise<Transport | RequestTransport>;
  /** Where the server is, safe to show (no credentials). */
  location: string;
  fetch?: Pick<FetchDocumentsOptions, 'openApiEncodings' | 'log'>;
  now?: () => number;
}

/** The most telling failure of a round: refusals and TLS first, as they explain the rest. */
function primaryFailure(failures: readonly CacheFailure[]): CacheFailure | undefined {
  const refused = failures.find((f) => f.error instanceof TransportError && (f.error.status === 401 || f.error.status === 403));
  return refused ?? failures[0];
}

/**
 * A live API server. Documents live in a DocumentCache shared by all
 * requests; the model is built once and rebuilt only when a revalidation
 * round finds a changed document, so a new CRD shows up after the next
 * refresh without a restart. Loads and refreshes are single-flight. When a
 * refresh cannot reach the server, the last good model is kept and the
 * status says since when it is stale and why.
 */
export class LiveSource implements Source {
  readonly kind = 'live';
  private cache: DocumentCache | undefined;
  private upstream: Transport | RequestTransport | undefined;
  private model: ApiModel | undefined;
  /** The fingerprint of the documents `model` was built from. */
  private documentsDigest: string | undefined;
  private checkedAt = 0;
  private lastGoodAt = 0;
  private stale: { since: number; reason: string } | undefined;
  private error: { message: string; failure: SourceFailure } | undefined;
  private running: Promise<void> | undefined;
  private readonly now: () => number;
  /** Where the server is: from the configuration until connected, then the server URL. */
  private location: string;

  constructor(
    readonly name: string,
    private readonly options: LiveSourceOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.location = options.location;
  }

  /** The document cache (for diagnostics and tests), once connected. */
  get documents(): DocumentCache | undefined {
    return this.cache;
  }

  async status(): Promise<SourceStatus> {
    const due = !this.model || this.now() - this.checkedAt >= this.options.refreshSeconds * 1000;
    if (due) {
      // Single-flight: concurrent requests wait for the same load or refresh.
      this.running ??= (this.model ? this.refresh() : this.load()).finally(() => {
        this.running = undefined;
      });
      await this.running;
    }
    const iso = (ms: number) => new Date(ms).toISOString();
    return {
      name: this.name,
      kind: this.kind,
      location: this.location,
      ...(this.model ? { model: this.model, checkedAt: iso(this.checkedAt) } : {}),
      ...(this.model && this.documentsDigest ? { documentsDigest: this.documentsDigest } : {}),
      ...(this.model && this.stale ? { stale: { since: iso(this.stale.since), lastGood: iso(this.lastGoodAt), reason: this.stale.reason } } : {}),
      ...(!this.model && this.error ? { error: this.error.message, failure: this.error.failure } : {}),
    };
  }

  /**
   * Sends one request to the server with this source's connection and
   * credentials, bypassing the document cache: "Try it out" (see
   * lib/try-it/). The caller decides what may be sent. Connects first when
   * no page has yet; rejects when the connection cannot send requests.
   */
  async request(request: ApiRequest): Promise<TransportResponse> {
    if (!this.upstream) await this.status();
    const upstream = this.upstream;
    if (!upstream) throw new Error(this.error?.message ?? `${this.location}: not connected`);
    if (!('request' in upstream)) throw new Error(`${this.location}: this connection cannot send requests`);
    return upstream.request(request);
  }

  private async build(cache: DocumentCache): Promise<ApiModel> {
    // The CRD list goes around the document cache: it has no ETag and can be tens of MB (345 CRDs: ~40 MB),
    // so it is read when the model is built (first load, and after discovery or OpenAPI changed), not every round.
    const [documents, crdDetails] = await Promise.all([
      fetchApiDocuments(cache, this.options.fetch),
      this.upstream ? fetchCrdDetails(this.upstream, this.options.fetch?.log) : Promise.resolve(undefined),
    ]);
    const failure = primaryFailure(cache.roundResult().failures);
    // A round that lost the connection half way would give a partial model: keep the old one.
    if (failure && this.model) throw new Error(failure.message, { cause: failure.error });
    return buildModel({ ...documents, ...(crdDetails ? { crdDetails } : {}) });
  }

  private async load(): Promise<void> {
    if (!this.cache) {
      try {
        this.upstream = await this.options.connect();
      } catch (error) {
        // The site cannot even ask (kubeconfig, exec plugin, connection settings): nothing answered.
        this.error = { message: describeError(error), failure: 'unavailable' };
        return;
      }
      this.cache = new DocumentCache(this.upstream);
      this.location = this.cache.description;
    }
    try {
      this.cache.beginRound();
      const model = await this.build(this.cache).catch((error: unknown) => {
        // Name the refusal (401/403, TLS) rather than "neither discovery nor OpenAPI could be read".
        const failure = primaryFailure(this.cache!.roundResult().failures);
        throw failure ? new Error(failure.message, { cause: failure.error }) : error;
      });
      this.cache.prune();
      this.model = model;
      this.documentsDigest = this.cache.fingerprint();
      this.checkedAt = this.lastGoodAt = this.now();
      this.error = undefined;
    } catch (error) {
      this.error = { message: describeError(error), failure: classifyLoadFailure(error) };
    }
  }

  private async refresh(): Promise<void> {
    const cache = this.cache!;
    const { changed, failures } = await cache.revalidate();
    const failure = primaryFailure(failures);
    const now = this.now();
    this.checkedAt = now;
    observeRevalidation(this.name, failure ? 'stale' : changed ? 'changed' : 'unchanged');
    if (failure) {
      this.stale = { since: this.stale?.since ?? now, reason: failure.message };
      return;
    }
    if (changed) {
      try {
        this.model = await this.build(cache);
        cache.prune();
        this.documentsDigest = cache.fingerprint();
      } catch (error) {
        this.stale = { since: this.stale?.since ?? now, reason: describeError(error) };
        return;
      }
    }
    this.stale = undefined;
    this.lastGoodAt = now;
  }
}
