import type { ApiRequest, TransportResponse } from '../kube/transport';
import type { ApiModel } from '../model/types';

/** Why a source has no model: see classifyLoadFailure (lib/sources/failure.ts). */
export type SourceFailure = 'bad-upstream' | 'unavailable';

/**
 * What a source can tell a page right now: its model (when it ever loaded),
 * whether that model is a last good copy served while the server cannot be
 * reached, or why there is no model at all.
 */
export interface SourceStatus {
  /** The source's name, unique among configured sources: `kubernetes-1.36`, `prod`, `127.0.0.1:8001`. */
  name: string;
  kind: 'snapshot' | 'live';
  /** Where the documents come from, safe to show: a snapshot name or a server URL. */
  location: string;
  model?: ApiModel;
  /** Live sources: a digest of the documents the model was built from (DocumentCache.fingerprint), for page ETags. */
  documentsDigest?: string;
  /** ISO time the model's documents were last confirmed by the server (live sources). */
  checkedAt?: string;
  /** Set while the last good copy is served because refreshing failed. */
  stale?: { since: string; lastGood: string; reason: string };
  /** Why there is no model (the first load failed). */
  error?: string;
  /** With `error`: whether the server answered with something unusable or not at all (the page's HTTP status). */
  failure?: SourceFailure;
}

/** One configured source of API documents. Issue 6 adds more than one side by side. */
export interface Source {
  readonly name: string;
  readonly kind: 'snapshot' | 'live';
  /** The current status; a live source refreshes first when its interval has passed. */
  status(): Promise<SourceStatus>;
  /** Live sources only: one request with the source's credentials ("Try it out", lib/try-it/). */
  request?(request: ApiRequest): Promise<TransportResponse>;
}
