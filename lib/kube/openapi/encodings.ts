import { jsonEncoding, type OpenApiEncoding } from './fetch';
import { protobufEncoding } from './protobuf';

/**
 * The order `/openapi/v2` is asked for: JSON first, because it loses
 * nothing. gnostic's protobuf `Document` is proto3, which cannot carry a
 * scalar equal to its zero value: `minimum: 0`, `maxItems: 0`,
 * `minLength: 0`, `exclusiveMinimum: false` vanish on the wire (a cluster
 * with 345 real CRDs lost 1,025 such validations), and decoding it was no
 * faster than `JSON.parse` here. Protobuf stays supported, second, for
 * servers or snapshots that serve only it.
 */
export const OPENAPI_ENCODINGS: readonly OpenApiEncoding[] = [jsonEncoding, protobufEncoding];

/** The order kubectl uses (protobuf first, a third smaller on the wire): for a caller that prefers bytes over fidelity. */
export const OPENAPI_ENCODINGS_PROTOBUF_FIRST: readonly OpenApiEncoding[] = [protobufEncoding, jsonEncoding];

export { jsonEncoding, protobufEncoding };
