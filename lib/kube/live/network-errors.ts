/**
 * Turns Node's network and TLS errors into sentences a cluster admin can act
 * on. Kept apart from the transport so the wording is tested on its own.
 */

/** OpenSSL/Node codes that mean "the server's certificate was not trusted". */
const TLS_VERIFY_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'HOSTNAME_MISMATCH',
]);

/** Errors after which the same request may succeed on a new connection. */
const RETRIABLE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNREFUSED', 'ECONNABORTED', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'ERR_STREAM_PREMATURE_CLOSE']);

export type NetworkFailure = 'tls' | 'timeout' | 'unreachable' | 'dropped' | 'other';

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

export function classifyNetworkError(error: unknown): NetworkFailure {
  const code = errorCode(error);
  if (code === 'ATLAS_TIMEOUT') return 'timeout';
  if (code && (TLS_VERIFY_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL'))) return 'tls';
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EAI_AGAIN')
    return 'unreachable';
  if (code === 'ECONNRESET' || code === 'EPIPE' || /socket hang up/i.test(String((error as Error)?.message))) return 'dropped';
  return 'other';
}

export function isRetriable(error: unknown): boolean {
  const code = errorCode(error);
  return (code !== undefined && RETRIABLE_CODES.has(code)) || /socket hang up/i.test(String((error as Error)?.message));
}

/**
 * One sentence for a request that got no answer (the caller names the URL).
 * `trust` names the CA used, which is what a TLS failure needs most.
 */
export function describeNetworkError(error: unknown, trust: string, timeoutSeconds: number): string {
  const code = errorCode(error);
  const detail = `${code ? `${code}: ` : ''}${(error as Error)?.message ?? String(error)}`;
  switch (classifyNetworkError(error)) {
    case 'tls':
      return `TLS verification failed (${detail}); the server certificate was checked against ${trust}`;
    case 'timeout':
      return `no answer within ${timeoutSeconds} s (timed out)`;
    case 'unreachable':
      return `cannot reach the server (${detail}): is it running and the address right?`;
    case 'dropped':
      return `the server closed the connection before answering (${detail})`;
    default:
      return `the request failed (${detail})`;
  }
}

/**
 * Seconds to wait from a Retry-After header (delta-seconds or an HTTP date),
 * or undefined when there is none or it cannot be read.
 */
export function retryAfterSeconds(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
