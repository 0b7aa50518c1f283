/**
 * Paths to the shared real-data fixtures and small helpers for tests.
 * Tests may read ../shared/fixtures directly; the product ships its own copy
 * in snapshots/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Transport, TransportResponse } from '../kube/transport';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.resolve(PROJECT_ROOT, '../shared/fixtures');
export const K8S_136 = path.join(FIXTURES, 'kubernetes-1.36');
export const EMBEDDED_SNAPSHOT = path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.36');

export function readFixtureJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, relative), 'utf8'));
}

export function readFixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(FIXTURES, relative)));
}

/** A Transport over a map of path → answers, for tests of negotiation code. */
export function memoryTransport(
  answers: Record<string, (accept: string) => Omit<TransportResponse, 'source'>>,
): Transport & { requests: Array<{ path: string; accept: string }> } {
  const requests: Array<{ path: string; accept: string }> = [];
  return {
    description: 'memory',
    requests,
    async get(requestPath, request) {
      requests.push({ path: requestPath, accept: request.accept });
      const answer = answers[requestPath];
      const source = `memory: GET ${requestPath}`;
      if (!answer)
        return {
          status: 404,
          headers: { 'content-type': 'application/json' },
          body: new TextEncoder().encode('{"kind":"Status","code":404,"message":"not found","reason":"NotFound"}'),
          source,
        };
      return { ...answer(request.accept), source };
    },
  };
}

export function json(value: unknown, contentType = 'application/json'): Omit<TransportResponse, 'source'> {
  return { status: 200, headers: { 'content-type': contentType }, body: new TextEncoder().encode(JSON.stringify(value)) };
}

/**
 * A Transport that answers some requests itself and passes the rest to
 * `base`: `answer` returns undefined for requests it leaves alone. For
 * tests that break one answer of an otherwise real source.
 */
export function overrideTransport(
  base: Transport,
  answer: (path: string, accept: string) => Omit<TransportResponse, 'source'> | undefined,
): Transport {
  return {
    description: base.description,
    async get(requestPath, request) {
      const own = answer(requestPath, request.accept);
      return own ? { ...own, source: `${base.description} (overridden): GET ${requestPath}` } : base.get(requestPath, request);
    },
  };
}
