/**
 * The one seam between "where bytes come from" and everything that decodes
 * them. A recorded snapshot and a live cluster both implement Transport, so
 * negotiation and decoding code never knows which one it talks to.
 */
import { decodeUtf8 } from './utf8';

export interface TransportRequest {
  /** The Accept header, e.g. `ACCEPT_DISCOVERY`. */
  accept: string;
  /** An ETag from an earlier answer; a matching server answers 304 with no body. */
  ifNoneMatch?: string;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  /** Header names in lower case. `content-type` is always present (may be empty). */
  headers: Record<string, string>;
  /** The body exactly as received, after any Content-Encoding was removed. */
  body: Uint8Array;
  /** Human-readable location of this answer, for error messages: a URL or a snapshot file. */
  source: string;
}

export interface Transport {
  /** Names the source in messages: "snapshot kubernetes-1.36", "https://10.0.0.1:6443 (context kind-dev)". */
  readonly description: string;
  /** Performs one GET. Non-2xx answers resolve (they are data); only failures to get an answer reject. */
  get(path: string, request: TransportRequest): Promise<TransportResponse>;
}

/** The Content-Type of a response without parameters it does not select on. */
export function contentTypeOf(response: TransportResponse): string {
  return response.headers['content-type'] ?? '';
}

/** Decodes a body as UTF-8 text (JSON and YAML documents). */
export function bodyText(response: TransportResponse): string {
  return decodeUtf8(response.body);
}
