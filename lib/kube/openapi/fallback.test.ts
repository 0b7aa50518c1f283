import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AtlasError } from '../../errors';
import { buildModel } from '../../model/build';
import type { ApiModel } from '../../model/types';
import { openSnapshot } from '../../snapshot/read';
import { EMBEDDED_SNAPSHOT, memoryTransport, overrideTransport, readFixtureBytes } from '../../../test-support/fixtures';
import { GARBAGE_PROTOBUF, writeOpenApiVariant, type OpenApiVariant } from '../../../test-support/snapshot-variants';
import { fetchApiDocuments } from '../documents';
import { ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF, OPENAPI_V2_PROTOBUF_TYPES, isOpenApiProtobuf, parseAccept } from '../media-type';
import { kubeStatus } from '../status';
import type { TransportResponse } from '../transport';
import { OPENAPI_ENCODINGS, OPENAPI_ENCODINGS_PROTOBUF_FIRST } from './encodings';
import { fetchOpenApi } from './fetch';

type Answer = Omit<TransportResponse, 'source'>;

const jsonBody = readFixtureBytes('kubernetes-1.36/openapi-v2.json');
const pbBody = readFixtureBytes('kubernetes-1.36/openapi-v2.pb');
const encoder = new TextEncoder();

function status(code: number): Answer {
  return {
    status: code,
    headers: { 'content-type': 'application/json' },
    body: encoder.encode(JSON.stringify(kubeStatus(code, `refused for the test (${code})`))),
  };
}

const wantsProtobuf = (accept: string) => parseAccept(accept).some((type) => isOpenApiProtobuf(type.essence));
const jsonAnswer: Answer = { status: 200, headers: { 'content-type': ACCEPT_JSON }, body: jsonBody };

/** A server whose `/openapi/v2` answers protobuf requests with `protobuf` and everything else with the JSON fixture. */
function server(protobuf: Answer) {
  return memoryTransport({ '/openapi/v2': (accept) => (wantsProtobuf(accept) ? protobuf : jsonAnswer) });
}

describe('fetching /openapi/v2 by default: JSON first, because protobuf cannot carry zero values', () => {
  it('asks for JSON only, when the server has it', async () => {
    const transport = server({ status: 200, headers: { 'content-type': OPENAPI_V2_PROTOBUF_TYPES[0]! }, body: pbBody });
    const result = await fetchOpenApi(transport, OPENAPI_ENCODINGS);
    expect(result.encoding).toBe('JSON');
    expect(transport.requests).toEqual([{ path: '/openapi/v2', accept: ACCEPT_JSON }]);
  });

  it('falls back to protobuf when JSON is refused, saying why', async () => {
    const transport = memoryTransport({
      '/openapi/v2': (accept) =>
        wantsProtobuf(accept) ? { status: 200, headers: { 'content-type': OPENAPI_V2_PROTOBUF_TYPES[0]! }, body: pbBody } : status(406),
    });
    const result = await fetchOpenApi(transport, OPENAPI_ENCODINGS);
    expect(result.encoding).toBe('protobuf');
    expect(result.fallbacks).toEqual([expect.stringMatching(/^JSON: HTTP 406 NotAcceptable/)]);
    expect(transport.requests.map((r) => r.accept)).toEqual([ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF]);
    expect(Object.keys(result.document.definitions ?? {})).toHaveLength(771);
  });
});

describe("fetching /openapi/v2 protobuf first (kubectl's order): JSON when protobuf does not work", () => {
  it.each(OPENAPI_V2_PROTOBUF_TYPES)('reads protobuf answered as %s, asking as kubectl does', async (contentType) => {
    const transport = server({ status: 200, headers: { 'content-type': contentType }, body: pbBody });
    const result = await fetchOpenApi(transport, OPENAPI_ENCODINGS_PROTOBUF_FIRST);
    expect(result.encoding).toBe('protobuf');
    expect(result.fallbacks).toEqual([]);
    expect(transport.requests).toEqual([{ path: '/openapi/v2', accept: ACCEPT_OPENAPI_V2_PROTOBUF }]);
    expect(Object.keys(result.document.paths)).toHaveLength(562);
  });

  const cases: Array<[string, Answer, RegExp]> = [
    ['refuses protobuf with 406', status(406), /^protobuf: HTTP 406 NotAcceptable: refused for the test/],
    ['refuses protobuf with 415', status(415), /^protobuf: HTTP 415 UnsupportedMediaType/],
    [
      'sends garbage under the protobuf content type',
      { status: 200, headers: { 'content-type': OPENAPI_V2_PROTOBUF_TYPES[0]! }, body: GARBAGE_PROTOBUF },
      /^protobuf: .*not a valid openapi\.v2\.Document.*\(at byte offset \d+\)$/,
    ],
    ['sends JSON when asked for protobuf', jsonAnswer, /^protobuf: the server answered with content type "application\/json"$/],
    [
      'sends protobuf bytes that are gzip garbage',
      { status: 200, headers: { 'content-type': OPENAPI_V2_PROTOBUF_TYPES[1]! }, body: Uint8Array.of(0x1f, 0x8b, 8, 0, 1) },
      /gzip-compressed but does not decompress/,
    ],
  ];
  it.each(cases)('falls back to JSON when the server %s, saying why', async (_name, answer, reason) => {
    const transport = server(answer);
    const log: string[] = [];
    const result = await fetchOpenApi(transport, OPENAPI_ENCODINGS_PROTOBUF_FIRST, (line) => log.push(line));
    expect(result.encoding).toBe('JSON');
    expect(result.fallbacks).toHaveLength(1);
    expect(result.fallbacks[0]).toMatch(reason);
    expect(log).toEqual([`memory: /openapi/v2 ${result.fallbacks[0]}; trying the next encoding`]);
    expect(transport.requests.map((r) => r.accept)).toEqual([ACCEPT_OPENAPI_V2_PROTOBUF, ACCEPT_JSON]);
    expect(Object.keys(result.document.definitions ?? {})).toHaveLength(771);
  });

  it('fails with every reason when no encoding works', async () => {
    const transport = memoryTransport({ '/openapi/v2': () => status(406) });
    const failure = fetchOpenApi(transport, OPENAPI_ENCODINGS_PROTOBUF_FIRST);
    await expect(failure).rejects.toBeInstanceOf(AtlasError);
    await expect(failure).rejects.toThrow(/no encoding could be read \(protobuf: HTTP 406.*; JSON: HTTP 406/);
  });
});

/** The model without what says how it was read, for comparing models read differently. */
function content(model: ApiModel): Partial<ApiModel> {
  const rest: Partial<ApiModel> = { ...model };
  delete rest.openapiEncoding;
  delete rest.problems;
  return rest;
}

describe('a source whose protobuf OpenAPI fails still gives the correct model, from JSON', () => {
  let reference: ApiModel;
  beforeAll(async () => {
    reference = buildModel(
      await fetchApiDocuments(await openSnapshot(EMBEDDED_SNAPSHOT), { log: () => {}, openApiEncodings: OPENAPI_ENCODINGS_PROTOBUF_FIRST }),
    );
    expect(reference.openapiEncoding).toBe('protobuf');
  });

  it.each([
    ['answers 406 to protobuf', status(406)],
    [
      'returns garbage under the protobuf content type',
      { status: 200, headers: { 'content-type': OPENAPI_V2_PROTOBUF_TYPES[0]! }, body: GARBAGE_PROTOBUF },
    ],
  ] as Array<[string, Answer]>)('a server that %s', async (_name, answer) => {
    const snapshot = await openSnapshot(EMBEDDED_SNAPSHOT);
    const transport = overrideTransport(snapshot, (requestPath, accept) =>
      requestPath === '/openapi/v2' && wantsProtobuf(accept) ? answer : undefined,
    );
    const model = buildModel(await fetchApiDocuments(transport, { log: () => {}, openApiEncodings: OPENAPI_ENCODINGS_PROTOBUF_FIRST }));
    expect(model.openapiEncoding).toBe('JSON');
    expect(model.problems).toEqual([{ severity: 'warning', source: '/openapi/v2', message: expect.stringMatching(/^fell back from protobuf: /) }]);
    expect(content(model)).toStrictEqual(content(reference));
  });

  describe('snapshot variants', () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'atlas-openapi-variants-'));
    });
    afterAll(async () => {
      await rm(root, { recursive: true, force: true });
    });

    const variants: Array<[OpenApiVariant, string, RegExp | undefined]> = [
      ['json-only', 'JSON', /^fell back from protobuf: HTTP 406 NotAcceptable: the snapshot has \/openapi\/v2 only as application\/json/],
      ['protobuf-only', 'protobuf', undefined],
      [
        'corrupt-protobuf',
        'JSON',
        /^fell back from protobuf: snapshot kubernetes-1\.36: bodies\/openapi__v2\.protobuf\.pb: not a valid openapi\.v2\.Document.*\(at byte offset \d+\)$/,
      ],
      ['gzip-protobuf', 'protobuf', undefined],
    ];
    it.each(variants)('%s reads OpenAPI as %s', async (variant, encoding, warning) => {
      const directory = path.join(root, variant);
      await writeOpenApiVariant(directory, variant);
      const model = buildModel(
        await fetchApiDocuments(await openSnapshot(directory), { log: () => {}, openApiEncodings: OPENAPI_ENCODINGS_PROTOBUF_FIRST }),
      );
      expect(model.openapiEncoding).toBe(encoding);
      expect(model.problems).toEqual(warning ? [{ severity: 'warning', source: '/openapi/v2', message: expect.stringMatching(warning) }] : []);
      expect(content(model)).toStrictEqual(content(reference));
    });

    const byDefault: Array<[OpenApiVariant, string, RegExp | undefined]> = [
      ['json-only', 'JSON', undefined],
      ['protobuf-only', 'protobuf', /^fell back from JSON: HTTP 406 NotAcceptable: the snapshot has \/openapi\/v2 only as application\/com\.github/],
      ['corrupt-json', 'protobuf', /^fell back from JSON: snapshot kubernetes-1\.36: bodies\/openapi__v2\.json\.json: /],
      ['corrupt-protobuf', 'JSON', undefined],
    ];
    it.each(byDefault)('%s reads OpenAPI as %s in the default order (JSON first)', async (variant, encoding, warning) => {
      const directory = path.join(root, `default-${variant}`);
      await writeOpenApiVariant(directory, variant);
      const model = buildModel(await fetchApiDocuments(await openSnapshot(directory), { log: () => {} }));
      expect(model.openapiEncoding).toBe(encoding);
      expect(model.problems).toEqual(warning ? [{ severity: 'warning', source: '/openapi/v2', message: expect.stringMatching(warning) }] : []);
      expect(content(model)).toStrictEqual(content(reference));
    });
  });
});
