import type { OpenAPIV2 } from 'openapi-types';
import { DecodeError } from '../../errors';
import { parseJson } from '../json-reader';
import { decodeUtf8 } from '../utf8';

/**
 * Checks the parts of a Swagger 2.0 document the site relies on: the version
 * marker and that `paths`, `definitions` and `parameters` are objects whose
 * entries are objects. Deeper shape problems surface where they are used.
 */
export function checkOpenApiDocument(value: unknown, source: string): OpenAPIV2.Document {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new DecodeError(source, 'an OpenAPI document must be a JSON object');
  }
  const doc = value as Record<string, unknown>;
  if (doc.swagger !== '2.0') throw new DecodeError(source, `"swagger" must be "2.0", found ${JSON.stringify(doc.swagger)}`);
  for (const key of ['paths', 'definitions', 'parameters'] as const) {
    const section = doc[key];
    if (section === undefined && key !== 'paths') continue;
    if (typeof section !== 'object' || section === null || Array.isArray(section)) {
      throw new DecodeError(source, `"${key}" must be an object`);
    }
    for (const [name, entry] of Object.entries(section)) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        throw new DecodeError(source, `${key}[${JSON.stringify(name)}] must be an object`);
      }
    }
  }
  return doc as unknown as OpenAPIV2.Document;
}

/** Decodes `/openapi/v2` served as JSON. */
export function decodeOpenApiJson(body: Uint8Array, source: string): OpenAPIV2.Document {
  return checkOpenApiDocument(parseJson(decodeUtf8(body), source), source);
}
