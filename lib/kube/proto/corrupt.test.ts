import $protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../errors';
import { readFixtureBytes } from '../../../test-support/fixtures';
import { gunzipIfCompressed } from '../gzip';
import { decodeOpenApiProtobuf } from '../openapi/protobuf';
import { openapi } from './generated/openapiv2.js';

const SOURCE = 'test server: GET /openapi/v2';
const { Document } = openapi.v2;

/** A small but complete document: one path with one operation and one extension. */
function smallDocument(extensionYaml = 'get\n'): openapi.v2.Document.$Properties {
  return {
    swagger: '2.0',
    info: { title: 'Kubernetes', version: 'v1.36.0' },
    paths: {
      path: [
        {
          name: '/api/v1/pods',
          value: {
            get: {
              operationId: 'listPods',
              responses: { responseCode: [{ name: '200', value: { response: { description: 'OK' } } }] },
              vendorExtension: [{ name: 'x-kubernetes-action', value: { yaml: extensionYaml } }],
            },
          },
        },
      ],
    },
  };
}

function encode(document: openapi.v2.Document.$Properties): Uint8Array {
  return Document.encode(document).finish();
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Decodes and returns the DecodeError it must throw. */
function decodeError(bytes: Uint8Array): DecodeError {
  try {
    decodeOpenApiProtobuf(bytes, SOURCE);
  } catch (error) {
    expect(error).toBeInstanceOf(DecodeError);
    expect((error as DecodeError).source).toBe(SOURCE);
    expect((error as DecodeError).message.startsWith(`${SOURCE}: `)).toBe(true);
    return error as DecodeError;
  }
  throw new Error('decoding did not fail');
}

/** A small seeded generator (mulberry32), so random inputs are the same each run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('corrupt OpenAPI protobuf gives a DecodeError naming the source and the byte offset', () => {
  it('decodes the well-formed small document the other cases break', () => {
    const document = decodeOpenApiProtobuf(encode(smallDocument()), SOURCE);
    expect(document.paths['/api/v1/pods']?.get).toEqual({
      operationId: 'listPods',
      responses: { 200: { description: 'OK' } },
      'x-kubernetes-action': 'get',
    });
  });

  const fixture = readFixtureBytes('kubernetes-1.36/openapi-v2.pb');
  const cuts = [1, 2, 4, 9, 1000, 100_000, Math.floor(fixture.length / 2), fixture.length - 2, fixture.length - 1];
  it.each(cuts)('the 1.36 document truncated to %i bytes', (cut) => {
    const error = decodeError(fixture.subarray(0, cut));
    expect(error.offset).toBeTypeOf('number');
    expect(error.offset).toBeLessThanOrEqual(cut);
    expect(error.message).toMatch(/truncated or corrupt bytes.*\(at byte offset \d+\)$/);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])('random bytes (seed %i)', (seed) => {
    const next = random(seed);
    const bytes = Uint8Array.from({ length: 1 + Math.floor(next() * 4096) }, () => Math.floor(next() * 256));
    decodeError(bytes);
  });

  it('random bytes after a valid document', () => {
    const next = random(99);
    const tail = Uint8Array.from({ length: 64 }, () => Math.floor(next() * 256));
    decodeError(concat(encode(smallDocument()), tail));
  });

  it('a known field with the wrong wire type, at the top', () => {
    // Field 1 (`swagger`, a string) sent as a varint: protobufjs would skip it
    // as unknown; the decoder must refuse it instead.
    const error = decodeError(concat(Uint8Array.of(0x08, 0x02), encode(smallDocument())));
    expect(error.message).toMatch(/openapi\.v2\.Document has a field 1 of wire type 0 \(varint\)/);
    expect(error.offset).toBe(0);
  });

  it('a known field with the wrong wire type, deep in a schema', () => {
    // definitions["A"] is a Schema whose field 27 (`readOnly`, a bool) comes
    // length-delimited. Built by hand, so the offset of the bad tag is known.
    const schema = $protobuf.Writer.create()
      .uint32((27 << 3) | 2)
      .bytes(Uint8Array.of(1))
      .finish();
    const named = $protobuf.Writer.create()
      .uint32((1 << 3) | 2)
      .string('A')
      .uint32((2 << 3) | 2)
      .bytes(schema)
      .finish();
    const definitions = $protobuf.Writer.create()
      .uint32((1 << 3) | 2)
      .bytes(named)
      .finish();
    const head = encode(smallDocument());
    const field = $protobuf.Writer.create()
      .uint32((9 << 3) | 2)
      .bytes(definitions)
      .finish();
    const error = decodeError(concat(head, field));
    expect(error.message).toMatch(/openapi\.v2\.Schema has a field 27 of wire type 2/);
    // document tag+length (2 bytes), definitions tag+length (2), NamedSchema name (3), value tag+length (2).
    expect(error.offset).toBe(head.length + 2 + 2 + 3 + 2);
  });

  it('a length that runs past the end of the body', () => {
    const error = decodeError(Uint8Array.of(0x42, 0xff, 0xff, 0xff, 0x0f, 0x00));
    expect(error.offset).toBeTypeOf('number');
  });

  it('a string that is not UTF-8', () => {
    const error = decodeError(Uint8Array.of(0x0a, 0x02, 0xff, 0xfe));
    expect(error.message).toMatch(/not a valid openapi\.v2\.Document/);
  });

  it('schemas nested past the recursion limit (no stack overflow)', () => {
    // By hand: protobufjs' encoder refuses this depth too. Schema.items (23) → ItemsItem.schema (1) → Schema ...
    let schema = openapi.v2.Schema.encode({ type: { value: ['string'] } }).finish();
    for (let depth = 0; depth < 200; depth++) {
      const items = $protobuf.Writer.create()
        .uint32((1 << 3) | 2)
        .bytes(schema)
        .finish();
      schema = $protobuf.Writer.create()
        .uint32((23 << 3) | 2)
        .bytes(items)
        .finish();
    }
    const named = $protobuf.Writer.create()
      .uint32((1 << 3) | 2)
      .string('Deep')
      .uint32((2 << 3) | 2)
      .bytes(schema)
      .finish();
    const definitions = $protobuf.Writer.create()
      .uint32((9 << 3) | 2)
      .fork()
      .uint32((1 << 3) | 2)
      .bytes(named)
      .ldelim()
      .finish();
    const error = decodeError(concat(encode(smallDocument()), definitions));
    expect(error.message).toMatch(/max depth exceeded/);
  });

  it('an extension whose YAML does not parse names where it is', () => {
    const error = decodeError(encode(smallDocument('[unclosed, list\n')));
    expect(error.message).toContain('paths["/api/v1/pods"].get.x-kubernetes-action is not valid YAML');
  });

  it('an extension whose YAML has duplicate keys', () => {
    const error = decodeError(encode(smallDocument('group: a\ngroup: b\n')));
    expect(error.message).toContain('x-kubernetes-action is not valid YAML');
  });

  it('a typed google.protobuf.Any instead of YAML', () => {
    const document = smallDocument();
    document.paths!.path![0]!.value!.get!.vendorExtension = [
      { name: 'x-typed', value: { value: { type_url: 'type.googleapis.com/x', value: Uint8Array.of(1) } } },
    ];
    expect(decodeError(encode(document)).message).toContain('x-typed holds a typed google.protobuf.Any');
  });

  it('an empty body', () => {
    expect(decodeError(new Uint8Array()).message).toContain('body is empty');
  });

  it('a well-formed message that is no Swagger 2.0 document', () => {
    expect(decodeError(encode({ ...smallDocument(), swagger: '3.0' })).message).toContain('"swagger" must be "2.0"');
  });

  it('gzip magic bytes followed by garbage', () => {
    expect(() => gunzipIfCompressed(Uint8Array.of(0x1f, 0x8b, 1, 2, 3), SOURCE)).toThrow(/gzip-compressed but does not decompress/);
  });
});
