import type { OpenAPIV2 } from 'openapi-types';
import { ACCEPT_OPENAPI_V2_PROTOBUF, isOpenApiProtobuf } from '../media-type';
import { ConvertContext } from '../proto/convert-context';
import { decodeDocumentMessage } from '../proto/decode';
import { toDocument } from '../proto/to-document';
import type { OpenApiEncoding } from './fetch';
import { checkOpenApiDocument } from './json';

/**
 * Decodes `/openapi/v2` served as protobuf (gnostic's `openapi.v2.Document`,
 * what kubectl asks for) into the same Swagger 2.0 object the JSON path
 * gives. Errors are DecodeErrors naming `source`; wire-level ones carry the
 * byte offset.
 */
export function decodeOpenApiProtobuf(body: Uint8Array, source: string): OpenAPIV2.Document {
  const message = decodeDocumentMessage(body, source);
  const document = toDocument(new ConvertContext(body, source), message);
  // The same shape check as JSON: a message of zero-length fields decodes
  // "successfully" from many byte strings, but it is no Swagger 2.0 document.
  return checkOpenApiDocument(document, source);
}

export const protobufEncoding: OpenApiEncoding = {
  name: 'protobuf',
  accept: ACCEPT_OPENAPI_V2_PROTOBUF,
  // Newer servers answer with `...spec.v2.v1.0+protobuf`, older ones with `...spec.v2@v1.0+protobuf`.
  matches: (contentType) => isOpenApiProtobuf(contentType),
  decode: decodeOpenApiProtobuf,
};
