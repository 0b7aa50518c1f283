/**
 * Decoding `/openapi/v2` of Kubernetes 1.36: protobuf (what kubectl asks for)
 * against JSON, each up to the OpenAPI document and up to the site's model,
 * with bare JSON.parse of the same document as the baseline. Also compares
 * protobufjs reflection with the generated static code the project ships, and
 * reports the sizes on the wire, plain and gzipped.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import protobuf from 'protobufjs';
import { fetchApiDocuments } from '../../../lib/kube/documents';
import { jsonEncoding } from '../../../lib/kube/openapi/encodings';
import { checkOpenApiDocument, decodeOpenApiJson } from '../../../lib/kube/openapi/json';
import { decodeOpenApiProtobuf } from '../../../lib/kube/openapi/protobuf';
import { ConvertContext } from '../../../lib/kube/proto/convert-context';
import { decodeDocumentMessage, type DocumentMessage } from '../../../lib/kube/proto/decode';
import { toDocument } from '../../../lib/kube/proto/to-document';
import { buildModel } from '../../../lib/model/build';
import { openSnapshot } from '../../../lib/snapshot/read';
import type { BenchSuite } from '../types';

const root = path.resolve(import.meta.dirname, '../../..');
const fixtures = path.resolve(root, '../shared/fixtures/kubernetes-1.36');

/** The same decode as decodeDocumentMessage, through protobufjs reflection on the .proto file. */
function reflectionDecoder(): (bytes: Uint8Array) => DocumentMessage {
  const Document = protobuf.loadSync(path.join(root, 'lib/kube/proto/openapiv2.proto')).lookupType('openapi.v2.Document');
  return (bytes) => {
    const reader = protobuf.Reader.create(bytes);
    reader.discardUnknown = false;
    return Document.decode(reader) as unknown as DocumentMessage;
  };
}

const suite: BenchSuite = {
  name: 'openapi-decode',
  description: 'Kubernetes 1.36 /openapi/v2, protobuf vs JSON',
  async setup() {
    const json = new Uint8Array(await readFile(path.join(fixtures, 'openapi-v2.json')));
    const pb = new Uint8Array(await readFile(path.join(fixtures, 'openapi-v2.pb')));
    const text = new TextDecoder().decode(json);
    const reflection = reflectionDecoder();
    // Discovery and /version once, outside the timings: the model cases time decoding + buildModel.
    const documents = await fetchApiDocuments(await openSnapshot(path.join(root, 'snapshots/kubernetes-1.36')), {
      openApiEncodings: [jsonEncoding],
      log: () => {},
    });
    const source = 'bench';
    return {
      cases: [
        { name: 'JSON.parse of the text', baseline: true, run: () => JSON.parse(text) },
        { name: 'JSON bytes → document', run: () => decodeOpenApiJson(json, source) },
        { name: 'protobuf bytes → document (static code)', run: () => decodeOpenApiProtobuf(pb, source) },
        {
          name: 'protobuf bytes → document (reflection)',
          run: () => checkOpenApiDocument(toDocument(new ConvertContext(pb, source), reflection(pb)), source),
        },
        { name: 'protobuf wire decode only (static code)', run: () => decodeDocumentMessage(pb, source) },
        { name: 'protobuf wire decode only (reflection)', run: () => reflection(pb) },
        { name: 'JSON bytes → model', run: () => buildModel({ ...documents, openapi: decodeOpenApiJson(json, source) }) },
        {
          name: 'protobuf bytes → model',
          run: () => buildModel({ ...documents, openapi: decodeOpenApiProtobuf(pb, source), openapiEncoding: 'protobuf' }),
        },
      ],
      facts: [
        { name: 'JSON size', value: json.length, unit: 'bytes' },
        { name: 'JSON gzipped (level 6)', value: gzipSync(json).length, unit: 'bytes' },
        { name: 'protobuf size', value: pb.length, unit: 'bytes' },
        { name: 'protobuf gzipped (level 6)', value: gzipSync(pb).length, unit: 'bytes' },
      ],
    };
  },
};

export default suite;
