import { describe, expect, it } from 'vitest';
import { CredentialError, DecodeError, TransportError } from '../errors';
import { classifyLoadFailure, httpStatusOf } from './failure';
import type { SourceStatus } from './types';

const networkError = (code: string) => Object.assign(new Error(code), { code });
const wrapped = (cause: unknown) => new Error('neither discovery nor OpenAPI could be read', { cause });

describe('classifyLoadFailure', () => {
  it.each([
    ['a refusal (401)', new TransportError('GET /api', 'HTTP 401', { status: 401 })],
    ['an undecodable document', new DecodeError('GET /openapi/v2', 'not valid JSON')],
    ['an untrusted certificate', new TransportError('GET /api', 'TLS', { cause: networkError('DEPTH_ZERO_SELF_SIGNED_CERT') })],
    ['an HTTP 500 named by discovery', new Error('GET /api failed: HTTP 500')],
  ])('%s: bad-upstream', (_name, error) => {
    expect(classifyLoadFailure(error)).toBe('bad-upstream');
    expect(classifyLoadFailure(wrapped(error))).toBe('bad-upstream');
  });

  it.each([
    ['connection refused', new TransportError('GET /api', 'cannot reach', { cause: networkError('ECONNREFUSED') })],
    ['a timeout', new TransportError('GET /api', 'no answer', { cause: networkError('ATLAS_TIMEOUT') })],
    ['a dropped connection', new TransportError('GET /api', 'closed', { cause: networkError('ECONNRESET') })],
    ['an exec plugin that failed', new CredentialError('kubeconfig', 'could not get credentials')],
  ])('%s: unavailable', (_name, error) => {
    expect(classifyLoadFailure(error)).toBe('unavailable');
    expect(classifyLoadFailure(wrapped(error))).toBe('unavailable');
  });
});

describe('httpStatusOf', () => {
  const base: SourceStatus = { name: 's', kind: 'live', location: 'https://x' };
  const model = {} as NonNullable<SourceStatus['model']>;
  it('200 with a model, stale or not; 502 for a bad upstream; 503 otherwise', () => {
    expect(httpStatusOf({ ...base, model })).toBe(200);
    expect(httpStatusOf({ ...base, model, stale: { since: 'a', lastGood: 'b', reason: 'down' } })).toBe(200);
    expect(httpStatusOf({ ...base, error: 'refused', failure: 'bad-upstream' })).toBe(502);
    expect(httpStatusOf({ ...base, error: 'down', failure: 'unavailable' })).toBe(503);
    expect(httpStatusOf({ ...base, error: 'The site is misconfigured: …' })).toBe(503);
  });
});
