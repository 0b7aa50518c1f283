import { gzipSync } from 'node:zlib';
import type { OpenAPIV2 } from 'openapi-types';
import { describe, expect, it } from 'vitest';
import { fetchApiDocuments } from '../documents';
import { buildModel } from '../../model/build';
import { openSnapshot } from '../../snapshot/read';
import { EMBEDDED_SNAPSHOT, readFixtureBytes, readFixtureJson } from '../../../test-support/fixtures';
import { ACCEPT_OPENAPI_V2_PROTOBUF } from '../media-type';
import { decodeDocumentMessage } from '../proto/decode';
import { openapi } from '../proto/generated/openapiv2.js';
import { OPENAPI_ENCODINGS_PROTOBUF_FIRST, jsonEncoding, protobufEncoding } from './encodings';
import { fetchOpenApi } from './fetch';
import { decodeOpenApiProtobuf } from './protobuf';

const pb = readFixtureBytes('kubernetes-1.36/openapi-v2.pb');
const json = readFixtureJson('kubernetes-1.36/openapi-v2.json') as OpenAPIV2.Document;
const decoded = decodeOpenApiProtobuf(pb, 'kubernetes-1.36/openapi-v2.pb');

/**
 * The path of the first place where `a` and `b` differ, key order included,
 * or undefined. (A toEqual failure on two 4 MB documents is unreadable, and
 * toEqual ignores key order, which pages show.)
 */
function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (Object.is(a, b)) return undefined;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) {
    return `${path}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
  }
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.join('\0') !== bKeys.join('\0')) return `${path}: keys [${aKeys.join(', ')}] ≠ [${bKeys.join(', ')}]`;
  for (const key of aKeys) {
    const difference = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    if (difference) return difference;
  }
  return undefined;
}

describe('OpenAPI v2 over protobuf, Kubernetes 1.36', () => {
  it('decodes to a document deep-equal to the JSON the server serves, whole, key order included', () => {
    // No normalisation: the 1.36 JSON holds no value that proto3 cannot
    // carry (no `false`, `0`, `""` or `[]` outside extensions, whose YAML
    // keeps them), so the protobuf document must equal it exactly. Should a
    // future fixture need a rule (say `"minimum": 0`, which proto3 does not
    // send), it belongs in one documented function applied to both sides.
    expect(firstDifference(decoded, json)).toBeUndefined();
    expect(decoded).toStrictEqual(json);
  });

  it('re-serialised, is the JSON fixture byte for byte', () => {
    // Compared as a boolean: a failing diff of two 4 MB strings helps nobody
    // (the test above names the first difference).
    const text = new TextDecoder().decode(readFixtureBytes('kubernetes-1.36/openapi-v2.json'));
    expect(JSON.stringify(decoded, null, 2) === text.trimEnd()).toBe(true);
  });

  it('holds what the fixture README counts: 562 paths, 771 definitions, 1,123 operations', () => {
    expect(Object.keys(decoded.paths)).toHaveLength(562);
    expect(Object.keys(decoded.definitions ?? {})).toHaveLength(771);
    const operations = Object.values(decoded.paths).flatMap((item) =>
      Object.keys(item).filter((key) => key !== 'parameters' && !key.startsWith('x-')),
    );
    expect(operations).toHaveLength(1123);
  });

  it('the schema covers every field on the wire: re-encoding the decoded message gives the same bytes', () => {
    // protobufjs keeps fields it does not know as raw bytes; had the .proto
    // missed a field or a number, re-encoding would drop or move it.
    const message = decodeDocumentMessage(pb, 'fixture');
    expect(Buffer.compare(openapi.v2.Document.encode(message).finish(), pb)).toBe(0);
  });

  it('decodes a body that is still gzip-compressed', async () => {
    const transport = {
      description: 'gzip test',
      get: async () => ({
        status: 200,
        headers: { 'content-type': ACCEPT_OPENAPI_V2_PROTOBUF },
        body: new Uint8Array(gzipSync(pb)),
        source: 'gzip test: /openapi/v2',
      }),
    };
    const result = await fetchOpenApi(transport, [protobufEncoding, jsonEncoding]);
    expect(result.encoding).toBe('protobuf');
    expect(result.fallbacks).toEqual([]);
    expect(result.document).toStrictEqual(json);
  });
});

describe('the model', () => {
  it('built from protobuf equals the model built from JSON', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const fromProtobuf = buildModel(await fetchApiDocuments(snapshot, { openApiEncodings: [protobufEncoding], log: () => {} }));
    const fromJson = buildModel(await fetchApiDocuments(snapshot, { openApiEncodings: [jsonEncoding], log: () => {} }));
    // The one field that must differ: which encoding it was read in.
    const { openapiEncoding: protobufName, ...protobufModel } = fromProtobuf;
    const { openapiEncoding: jsonName, ...jsonModel } = fromJson;
    expect([protobufName, jsonName]).toEqual(['protobuf', 'JSON']);
    expect(protobufModel.problems).toEqual([]);
    expect(protobufModel).toStrictEqual(jsonModel);
  });

  it('of the embedded snapshot is read from JSON by default (lossless), protobuf when asked first, and the two are equal', async () => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const byDefault = buildModel(await fetchApiDocuments(snapshot, { log: () => {} }));
    expect(byDefault.openapiEncoding).toBe('JSON');
    const fromProtobuf = buildModel(await fetchApiDocuments(snapshot, { log: () => {}, openApiEncodings: OPENAPI_ENCODINGS_PROTOBUF_FIRST }));
    expect(fromProtobuf.openapiEncoding).toBe('protobuf');
    expect({ ...fromProtobuf, openapiEncoding: 'JSON' }).toStrictEqual(byDefault);
  });
});
