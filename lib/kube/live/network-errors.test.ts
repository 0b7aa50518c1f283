import { describe, expect, it } from 'vitest';
import { classifyNetworkError, describeNetworkError, isRetriable, retryAfterSeconds } from './network-errors';

const err = (code: string, message = code) => Object.assign(new Error(message), { code });

describe('network errors', () => {
  it('classifies TLS, timeouts, unreachable servers and dropped connections', () => {
    expect(classifyNetworkError(err('SELF_SIGNED_CERT_IN_CHAIN'))).toBe('tls');
    expect(classifyNetworkError(err('ERR_TLS_CERT_ALTNAME_INVALID'))).toBe('tls');
    expect(classifyNetworkError(err('ATLAS_TIMEOUT'))).toBe('timeout');
    expect(classifyNetworkError(err('ECONNREFUSED'))).toBe('unreachable');
    expect(classifyNetworkError(err('ECONNRESET'))).toBe('dropped');
    expect(isRetriable(err('ECONNRESET'))).toBe(true);
    expect(isRetriable(err('SELF_SIGNED_CERT_IN_CHAIN'))).toBe(false);
    expect(
      describeNetworkError(err('UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unable to verify the first certificate'), 'certificate-authority /etc/ca.crt', 10),
    ).toBe(
      'TLS verification failed (UNABLE_TO_VERIFY_LEAF_SIGNATURE: unable to verify the first certificate); the server certificate was checked against certificate-authority /etc/ca.crt',
    );
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('7')).toBe(7);
    expect(retryAfterSeconds(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(30);
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(undefined)).toBeUndefined();
  });
});
