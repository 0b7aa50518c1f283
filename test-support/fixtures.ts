/**
 * Paths to the real-data fixtures the tests use, and small helpers for tests.
 *
 * Everything here lives in the repository, so a clone tests itself:
 * test-data/ holds the 1.36 discovery documents and a selection of real CRDs
 * (copied from ../shared/fixtures by scripts/copy-test-data.sh), and the 1.36
 * OpenAPI documents are read from the embedded snapshot, whose bodies are the
 * recorded bytes themselves (kept once, not twice).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Transport, TransportResponse } from '../lib/kube/transport';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
/** The repository's own copy of the real-data fixtures (see test-data/crds/SOURCES.md). */
export const FIXTURES = path.join(PROJECT_ROOT, 'test-data');
export const K8S_136 = path.join(FIXTURES, 'kubernetes-1.36');
/** The CRD selection: `CRDS/<project>/<metadata.name>.yaml`. */
export const CRDS = path.join(FIXTURES, 'crds');
export const EMBEDDED_SNAPSHOT = path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.36');

/** Fixture names whose bytes are the embedded snapshot's recorded bodies. */
const IN_SNAPSHOT: Record<string, string> = {
  'kubernetes-1.36/openapi-v2.json': path.join(EMBEDDED_SNAPSHOT, 'bodies/openapi__v2.json.json'),
  'kubernetes-1.36/openapi-v2.pb': path.join(EMBEDDED_SNAPSHOT, 'bodies/openapi__v2.protobuf.pb'),
};

/** The file behind a fixture name such as `kubernetes-1.36/openapi-v2.pb` or `crds/cert-manager/….yaml`. */
export function fixturePath(relative: string): string {
  return IN_SNAPSHOT[relative] ?? path.join(FIXTURES, relative);
}

export function readFixtureJson(relative: string): unknown {
  return JSON.parse(readFileSync(fixturePath(relative), 'utf8'));
}

export function readFixtureBytes(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(relative)));
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
