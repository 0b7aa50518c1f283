import { jsonEncoding, type OpenApiEncoding } from './fetch';
import { protobufEncoding } from './protobuf';

/**
 * The order `/openapi/v2` is asked for: protobuf first, as kubectl does (a
 * third smaller on the wire than JSON), then JSON for servers or snapshots
 * that do not have it, refuse it, or send bytes that do not decode.
 */
export const OPENAPI_ENCODINGS: readonly OpenApiEncoding[] = [protobufEncoding, jsonEncoding];

export { jsonEncoding, protobufEncoding };
