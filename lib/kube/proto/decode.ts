import $protobuf from 'protobufjs/minimal.js';
import { DecodeError, describeError } from '../../errors';
import { openapi } from './generated/openapiv2.js';

export type DocumentMessage = openapi.v2.Document;

/**
 * Decodes the wire bytes of an `openapi.v2.Document` with the static code
 * generated from openapiv2.proto (`npm run proto:generate`).
 *
 * Unknown fields are kept (not discarded) so that the converter can reject
 * them: protobufjs treats a known field number sent with the wrong wire type
 * as an unknown field and skips it, which would silently drop data. See
 * {@link rejectUnknownFields}.
 *
 * Failures are DecodeErrors naming `source` and the byte offset the reader
 * had reached: the end of a truncated field, a bad tag, invalid UTF-8.
 */
export function decodeDocumentMessage(bytes: Uint8Array, source: string): DocumentMessage {
  if (bytes.length === 0) throw new DecodeError(source, 'the OpenAPI v2 protobuf body is empty');
  const reader = $protobuf.Reader.create(bytes);
  reader.discardUnknown = false;
  try {
    return openapi.v2.Document.decode(reader);
  } catch (cause) {
    const message = describeError(cause);
    const hint = /index out of range/.test(message)
      ? ': a field runs past the end of its message or of the body (truncated or corrupt bytes)'
      : `: ${message}`;
    throw new DecodeError(source, `not a valid openapi.v2.Document${hint}`, { cause, offset: reader.pos });
  }
}

const WIRE_TYPES = ['varint', '64-bit', 'length-delimited', 'group start', 'group end', '32-bit', 'invalid 6', 'invalid 7'];

/**
 * Throws when a decoded message carries fields the schema does not define,
 * or defines with another wire type. gnostic's `openapi.v2` package is
 * generated from the frozen Swagger 2.0 JSON schema, so a real server never
 * sends one: it means corrupt bytes (or a schema this decoder does not know),
 * and the caller falls back to JSON rather than show a document with holes.
 */
export function rejectUnknownFields(message: { $unknowns?: Uint8Array[] }, type: string, bytes: Uint8Array, source: string): void {
  const raw = message.$unknowns?.[0];
  if (!raw) return;
  const tag = readVarint(raw);
  const field = Math.floor(tag / 8);
  const wire = WIRE_TYPES[tag % 8] ?? 'unknown';
  // raw is a subarray of the decoded bytes, so its position is the offset.
  const offset = raw.buffer === bytes.buffer ? raw.byteOffset - bytes.byteOffset : undefined;
  throw new DecodeError(
    source,
    `openapi.v2.${type} has a field ${field} of wire type ${tag % 8} (${wire}), which the schema does not define (corrupt bytes?)`,
    { offset },
  );
}

function readVarint(bytes: Uint8Array): number {
  let value = 0;
  let scale = 1;
  for (const byte of bytes.subarray(0, 10)) {
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) break;
    scale *= 128;
  }
  return value;
}
