import { CredentialError, DecodeError, TransportError } from '../errors';
import { classifyNetworkError } from '../kube/live/network-errors';
import type { SourceFailure, SourceStatus } from './types';

/**
 * Why a source has no model, as a gateway would say it: `bad-upstream` when
 * the API server answered but with nothing usable (a refusal, an HTTP error,
 * a certificate the site does not trust, a document that does not decode);
 * `unavailable` when there was no answer (unreachable, timed out, the
 * connection dropped, no credentials to send a request with). Walks the error and its causes: the wrapping errors
 * carry only a message, the cause says what happened on the wire.
 */
export function classifyLoadFailure(error: unknown): SourceFailure {
  for (let current = error, depth = 0; current && depth < 10; current = (current as { cause?: unknown }).cause, depth++) {
    // No credentials to ask with (an exec plugin failed): the request never left.
    if (current instanceof CredentialError) return 'unavailable';
    if (current instanceof TransportError && current.status !== undefined) return 'bad-upstream';
    if (current instanceof DecodeError) return 'bad-upstream';
    switch (classifyNetworkError(current)) {
      case 'tls':
        return 'bad-upstream';
      case 'timeout':
      case 'unreachable':
      case 'dropped':
        return 'unavailable';
      default:
    }
  }
  // The server was reached and its answer did not make a model (discovery "failed: HTTP 500", …).
  return 'bad-upstream';
}

/**
 * The HTTP status of a page or JSON answer rendered from this status, so
 * monitoring sees a failure that the page explains to a person:
 * - 200 with a model, also when it is a last good copy served stale (the page is useful; its banner says so);
 * - 502 Bad Gateway when the API server answered with something unusable (`bad-upstream`);
 * - 503 Service Unavailable when there was nothing to use: the server did not answer, or the site cannot
 *   even ask (a wrong configuration, a kubeconfig that does not load, an exec plugin that fails), or a
 *   snapshot that does not load.
 */
export function httpStatusOf(status: SourceStatus): 200 | 502 | 503 {
  if (status.model) return 200;
  return status.failure === 'bad-upstream' ? 502 : 503;
}
