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
 * first. Knows nothing of the transport: a snapshot, memory or HTTP.
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
      } else if (!encoding.matches(contentType)) {
        reason = `${encoding.name}: the server answered with content type "${contentType}"`;
      } else {
        const body = gunzipIfCompressed(response.body, response.source);
        return { document: encoding.decode(body, response.source), encoding: encoding.name, fallbacks };
      }
    } catch (error) {
      reason = `${encoding.name}: ${describeError(error)}`;
    }
    fallbacks.push(reason);
    log(`${transport.description}: /openapi/v2 ${reason}${encoding === encodings.at(-1) ? '' : '; trying the next encoding'}`);
  }
  throw new AtlasError(`${transport.description}: GET /openapi/v2`, `no encoding could be read (${fallbacks.join('; ')})`);
}
