import { gunzipSync } from 'node:zlib';
import { DecodeError } from '../errors';

/** Never inflate a body past this: the 1.36 OpenAPI document is 4 MB as JSON. */
const MAX_INFLATED_BYTES = 512 * 1024 * 1024;

/** True when `body` starts with gzip's magic bytes (RFC 1952). */
export function isGzip(body: Uint8Array): boolean {
  return body.length >= 2 && body[0] === 0x1f && body[1] === 0x8b;
}

/**
 * Returns the body decompressed when it is still gzip-encoded, else the body
 * itself. A transport should remove `Content-Encoding: gzip`, but a proxy or
 * a recording may hand over the compressed bytes; neither JSON nor an
 * `openapi.v2.Document` can start with 0x1f 0x8b (for protobuf it would be
 * field 3 with the invalid wire type 7), so the check cannot misfire.
 */
export function gunzipIfCompressed(body: Uint8Array, source: string): Uint8Array {
  if (!isGzip(body)) return body;
  try {
    const inflated = gunzipSync(body, { maxOutputLength: MAX_INFLATED_BYTES });
    return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
  } catch (cause) {
    throw new DecodeError(source, `the body is gzip-compressed but does not decompress (${(cause as Error).message})`, { cause });
  }
}
