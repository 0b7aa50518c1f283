import type { OpenAPIV2 } from 'openapi-types';
import { AtlasError, describeError } from '../../errors';
import { ACCEPT_JSON, parseMediaType } from '../media-type';
import { gunzipIfCompressed } from '../gzip';
import { describeFailure } from '../status';
import { contentTypeOf, type Transport } from '../transport';
import { decodeOpenApiJson } from './json';

/** One way to ask for and decode `/openapi/v2`. Tried in order; later ones are fallbacks. */
export interface OpenApiEncoding {
  name: string;
  accept: string;
  /** True when a response's Content-Type is this encoding. */
  matches(contentType: string): boolean;
  decode(body: Uint8Array, source: string): OpenAPIV2.Document;
}

export const jsonEncoding: OpenApiEncoding = {
  name: 'JSON',
  accept: ACCEPT_JSON,
  matches: (contentType) => parseMediaType(contentType).essence === 'application/json',
  decode: decodeOpenApiJson,
};

/** Content types that say nothing about the encoding: missing, Go's sniffed `text/plain`, `application/octet-stream`. */
const GENERIC_CONTENT_TYPES = new Set(['', 'text/plain', 'application/octet-stream']);

function isGenericContentType(contentType: string): boolean {
  return GENERIC_CONTENT_TYPES.has(parseMediaType(contentType).essence);
}

/** The first byte that is not JSON whitespace. */
function firstSignificantByte(body: Uint8Array): number | undefined {
  for (const byte of body) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return byte;
  return undefined;
}

/**
 * Which of `encodings` a body is in, by its bytes: a JSON document starts
 * with `{`; a gnostic protobuf Document starts with a field tag, never `{`
 * (0x7b would be field 15, wire type 3, which the message does not have).
 */
function sniffEncoding(body: Uint8Array, encodings: readonly OpenApiEncoding[]): { encoding?: OpenApiEncoding; why: string } {
  const json = firstSignificantByte(body) === 0x7b;
  const why = json ? 'the body starts with "{"' : 'the body does not start with "{"';
  const encoding = encodings.find((e) => e.name === (json ? 'JSON' : 'protobuf'));
  return encoding ? { encoding, why } : { why };
}

export interface OpenApiResult {
  document: OpenAPIV2.Document;
  /** Which encoding produced the document. */
  encoding: string;
  /** Why earlier encodings were skipped, one line each (logged, shown in diagnostics). */
  fallbacks: string[];
}

/**
 * Fetches `/openapi/v2`, trying each encoding in order and falling back when
 * the server refuses it (406/415), answers with another content type, or the
 * bytes do not decode. Throws when no encoding works, with every reason.
 * A body still gzip-compressed (a transport or proxy left it so) is inflated
 * first. An answer without a usable Content-Type (missing, `text/plain`,
 * `application/octet-stream`) is decoded by what its bytes are, and logged. Knows nothing of the transport: a snapshot, memory or HTTP.
 */
export async function fetchOpenApi(
  transport: Transport,
  encodings: readonly OpenApiEncoding[],
  log: (line: string) => void = () => {},
): Promise<OpenApiResult> {
  const fallbacks: string[] = [];
  for (const encoding of encodings) {
    let reason: string;
    try {
      const response = await transport.get('/openapi/v2', { accept: encoding.accept });
      const contentType = contentTypeOf(response);
      if (response.status !== 200) {
        reason = `${encoding.name}: ${describeFailure(response)}`;
      } else if (encoding.matches(contentType)) {
        const body = gunzipIfCompressed(response.body, response.source);
        return { document: encoding.decode(body, response.source), encoding: encoding.name, fallbacks };
      } else if (isGenericContentType(contentType)) {
        // Older kube-openapi handlers send no proper Content-Type; kubectl reads them anyway, so do we.
        const body = gunzipIfCompressed(response.body, response.source);
        const sniffed = sniffEncoding(body, encodings);
        const said = contentType.trim() === '' ? 'no Content-Type' : `Content-Type "${contentType}"`;
        log(`${transport.description}: /openapi/v2 answered with ${said}; ${sniffed.why}: read as ${sniffed.encoding?.name ?? 'nothing'}`);
        if (!sniffed.encoding) {
          reason = `${encoding.name}: ${said}, and ${sniffed.why}`;
        } else {
          try {
            return { document: sniffed.encoding.decode(body, response.source), encoding: sniffed.encoding.name, fallbacks };
          } catch (error) {
            reason = `${sniffed.encoding.name}: ${describeError(error)}`;
          }
        }
      } else {
        reason = `${encoding.name}: the server answered with content type "${contentType}"`;
      }
    } catch (error) {
      reason = `${encoding.name}: ${describeError(error)}`;
    }
    fallbacks.push(reason);
    log(`${transport.description}: /openapi/v2 ${reason}${encoding === encodings.at(-1) ? '' : '; trying the next encoding'}`);
  }
  throw new AtlasError(`${transport.description}: GET /openapi/v2`, `no encoding could be read (${fallbacks.join('; ')})`);
}
