/**
 * Fuzzing snapshots: manifests (the embedded 1.36 one mutated, any JSON
 * value, any text on disk) are accepted or rejected with an AtlasError
 * naming the entry; a snapshot whose manifest validates replays every
 * request without throwing anything but the project's errors; content
 * negotiation takes any Accept header, including huge and malformed ones.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../errors';
import { fetchApiDocuments } from '../kube/documents';
import { EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';
import { bounded, boundedAsync, ownErrorsOnly, ownErrorsOnlyAsync, preview, runs } from '../../test-support/fuzz';
import { applyMutations, hostileValue, hugeToken, mutation } from '../../test-support/fuzz-inputs';
import { validateManifest } from './manifest';
import { selectEntry } from './negotiate';
import { MANIFEST_FILE, openSnapshot, SnapshotTransport } from './read';
import { readFileSync } from 'node:fs';

const manifest: unknown = JSON.parse(readFileSync(path.join(EMBEDDED_SNAPSHOT, MANIFEST_FILE), 'utf8'));
let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'atlas-manifest-fuzz-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('fuzzing snapshot manifests', () => {
  it('mutated real manifests validate or fail with an AtlasError; valid ones replay every request', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const input = applyMutations(manifest, mutations);
        const checked = bounded(
          () => `manifest ${preview(mutations)}`,
          () =>
            ownErrorsOnly(
              () => validateManifest('fuzz manifest', input),
              () => preview(mutations),
            ),
        );
        if ('error' in checked) {
          expect(checked.error.message).toMatch(/^fuzz manifest: invalid snapshot manifest/);
          return;
        }
        // The bodies are the embedded snapshot's (entries may now point at missing or wrong files).
        const transport = new SnapshotTransport(EMBEDDED_SNAPSHOT, checked.value);
        await boundedAsync(
          () => `replay ${preview(mutations)}`,
          () =>
            ownErrorsOnlyAsync(
              () => fetchApiDocuments(transport, { log: () => {} }),
              () => preview(mutations),
            ),
        );
      }),
      { numRuns: runs(25) },
    );
  });

  it('any JSON value, and any text as manifest.json on disk', async () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        bounded(
          () => `manifest value ${preview(value)}`,
          () =>
            ownErrorsOnly(
              () => validateManifest('fuzz', value),
              () => preview(value),
            ),
        );
      }),
      { numRuns: runs(100) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          await writeFile(path.join(scratch, MANIFEST_FILE), text);
          const opened = await boundedAsync(
            () => `manifest text ${preview(text)}`,
            () =>
              ownErrorsOnlyAsync(
                () => openSnapshot(scratch),
                () => preview(text),
              ),
          );
          expect('error' in opened).toBe(true);
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('body paths that try to leave the snapshot directory are rejected', () => {
    for (const body of ['../outside.json', '/etc/passwd', 'bodies/../../x', 'bodies\\..\\..\\x']) {
      const bad = {
        format: 'kube-api-atlas.snapshot/v1',
        name: 'x',
        entries: [{ path: '/api', accept: 'a', status: 200, contentType: 'application/json', body }],
      };
      expect(() => validateManifest('fuzz', bad)).toThrow(AtlasError);
    }
  });

  it('content negotiation takes any Accept header', () => {
    const entries = validateManifest('embedded', manifest).entries.filter((e) => e.path === '/openapi/v2' || e.path === '/apis');
    const header = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 100 }),
      fc
        .array(
          fc.constantFrom(
            'application/json',
            'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList',
            '*/*',
            ';q=0',
            ';q=abc',
            ';q=1e999',
            ',',
            ';',
            '=',
            '"',
            'text/*',
            'application/com.github.proto-openapi.spec.v2@v1.0+protobuf',
          ),
          { maxLength: 12 },
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(header, (accept) => {
        bounded(
          () => `accept ${preview(accept)}`,
          () => selectEntry(entries, accept),
        );
      }),
      { numRuns: runs(300) },
    );
    // Huge headers: a megabyte of parameters and of commas.
    for (const accept of [`application/json${';a=b'.repeat(250_000)}`, ','.repeat(1_000_000), hugeToken(1_000_000, 'a/b;q=0.5,')])
      bounded(
        () => 'huge accept',
        () => selectEntry(entries, accept),
      );
  });
});
