/**
 * Fuzzing /openapi/v2 as protobuf with mutated real bytes: the Kubernetes
 * 1.36 message cut down to a few kinds (Deployment, ConfigMap and what they
 * use) and re-encoded, then bytes flipped, overwritten, inserted, deleted,
 * repeated and truncated; random bytes; a message nested 10,000 levels deep;
 * a huge string. Decoding fails only with a DecodeError; a decoded document
 * builds a model and every page computation on it without throwing.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DecodeError } from '../../errors';
import { buildModel } from '../../model/build';
import { exerciseModel } from '../../../test-support/exercise-model';
import { readFixtureBytes } from '../../../test-support/fixtures';
import { bounded, ownErrorsOnly, preview, runs } from '../../../test-support/fuzz';
import { byteMutations, hugeToken, mutateBytes } from '../../../test-support/fuzz-inputs';
import { decodeOpenApiProtobuf } from '../openapi/protobuf';
import { decodeDocumentMessage } from './decode';
import { openapi } from './generated/openapiv2.js';

let real: Uint8Array;
const full = readFixtureBytes('kubernetes-1.36/openapi-v2.pb');

/** The real message with only the definitions and paths of `keep`, re-encoded. */
function realSubset(keep: RegExp): Uint8Array {
  const message = decodeDocumentMessage(full, 'fixture');
  const definitions = message.definitions?.additionalProperties?.filter((d) => keep.test(d.name ?? '')) ?? [];
  const paths = message.paths?.path?.filter((p) => keep.test(p.name ?? '')) ?? [];
  return openapi.v2.Document.encode({ ...message, definitions: { additionalProperties: definitions }, paths: { path: paths } }).finish();
}

beforeAll(() => {
  real = realSubset(
    /apps\.v1\.Deployment|core\.v1\.(ConfigMap|PodTemplateSpec|PodSpec|Container\b)|meta\.v1\.(ObjectMeta|Status|LabelSelector|Time)|\/deployments|\/configmaps/,
  );
});

/** Decodes `bytes`; if they decode, builds the model and runs every page computation. */
function decodeAndUse(bytes: Uint8Array): 'decoded' | 'rejected' {
  const decoded = ownErrorsOnly(
    () => decodeOpenApiProtobuf(bytes, 'fuzz'),
    () => preview(bytes),
  );
  if ('error' in decoded) return 'rejected';
  exerciseModel(buildModel({ source: 'fuzz', openapi: decoded.value, problems: [] }), { maxDefinitions: 10 });
  return 'decoded';
}

function varint(value: number): number[] {
  const out: number[] = [];
  while (value > 0x7f) {
    out.push((value & 0x7f) | 0x80);
    value = Math.floor(value / 128);
  }
  out.push(value);
  return out;
}

/** A length-delimited field: tag, length, bytes. */
function field(tag: number[], body: Uint8Array): Uint8Array {
  return Buffer.concat([Uint8Array.from([...tag, ...varint(body.length)]), body]);
}

describe('fuzzing /openapi/v2 protobuf', () => {
  it('the real subset decodes and builds a model (the starting point of the mutations)', () => {
    expect(real.length).toBeGreaterThan(20_000);
    expect(decodeAndUse(real)).toBe('decoded');
  });

  it('mutated real bytes decode, or fail with a DecodeError naming an offset', () => {
    const outcomes = { decoded: 0, rejected: 0 };
    fc.assert(
      fc.property(byteMutations, (edits) => {
        const bytes = mutateBytes(real, edits);
        outcomes[
          bounded(
            () => `protobuf ${preview(edits)}`,
            () => decodeAndUse(bytes),
          )
        ] += 1;
      }),
      { numRuns: runs(60) },
    );
    // Both sides are exercised: some mutations survive (a flipped letter in a description), most do not.
    expect(outcomes.rejected).toBeGreaterThan(0);
  });

  it('mutated bytes of the whole 1.36 message (two cases: each decodes 2.6 MB)', () => {
    fc.assert(
      fc.property(byteMutations, (edits) => {
        bounded(
          () => `full protobuf ${preview(edits)}`,
          () => ownErrorsOnly(() => decodeOpenApiProtobuf(mutateBytes(full, edits), 'fuzz')),
        );
      }),
      { numRuns: runs(2) },
    );
  });

  it('random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        bounded(
          () => `random ${preview(bytes)}`,
          () => decodeAndUse(bytes),
        );
      }),
      { numRuns: runs(150) },
    );
  });

  it('a schema nested 10,000 levels (items → schema → items …) is rejected, not a stack overflow', () => {
    let schema: Uint8Array = new Uint8Array();
    for (let i = 0; i < 10_000; i++) schema = field([0xba, 0x01], field([0x0a], schema)); // Schema.items (23) → ItemsItem.schema (1)
    const named = Buffer.concat([field([0x0a], Buffer.from('Deep')), field([0x12], schema)]);
    const document = Buffer.concat([field([0x0a], Buffer.from('2.0')), field([0x4a], field([0x0a], named))]);
    const outcome = bounded(
      () => 'deep protobuf',
      () => ownErrorsOnly(() => decodeOpenApiProtobuf(document, 'fuzz')),
    );
    expect('error' in outcome && outcome.error).toBeInstanceOf(DecodeError);
  });

  it('an alias bomb in a YAML value (a vendor extension) is a DecodeError', () => {
    const bomb =
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    const bytes = openapi.v2.Document.encode({
      swagger: '2.0',
      paths: { path: [] },
      vendorExtension: [{ name: 'x-bomb', value: { yaml: bomb } }],
    }).finish();
    const outcome = bounded(
      () => 'yaml bomb',
      () => ownErrorsOnly(() => decodeOpenApiProtobuf(bytes, 'fuzz')),
    );
    expect('error' in outcome && outcome.error).toBeInstanceOf(DecodeError);
  });

  it('a huge description decodes', () => {
    const message = {
      swagger: '2.0',
      info: { title: hugeToken(5_000_000), version: 'v1' },
      paths: { path: [] },
      definitions: { additionalProperties: [{ name: 'Big', value: { description: hugeToken(5_000_000, 'ab') } }] },
    };
    const bytes = openapi.v2.Document.encode(message).finish();
    expect(
      bounded(
        () => 'huge protobuf',
        () => decodeAndUse(bytes),
      ),
    ).toBe('decoded');
  });
});
