/**
 * Reads `/openapi/v3`: the discovery document (`{"paths": {"apis/apps/v1":
 * {"serverRelativeURL": "/openapi/v3/apis/apps/v1?hash=…"}}}`), then each
 * group-version document by its hash URL, concurrently. A hash URL names one
 * immutable document (kube-apiserver answers it with `Cache-Control: public,
 * immutable`), so a caching transport keeps it for good and a changed
 * group-version is a new URL: only that one is fetched again. A server
 * without `/openapi/v3` (404, before 1.27) gives no documents; one
 * group-version failing (a 503 from an aggregated API server) costs that
 * group-version only: its schemas come from `/openapi/v2`.
 */
import { DecodeError, describeError } from '../../errors';
import { parseJson } from '../json-reader';
import { ACCEPT_JSON, parseMediaType } from '../media-type';
import { gunzipIfCompressed } from '../gzip';
import type { SourceProblem } from '../problems';
import { describeFailure } from '../status';
import { contentTypeOf, type Transport } from '../transport';
import { decodeUtf8 } from '../utf8';
import type { OpenApiV3Document } from './v3-types';

export const OPENAPI_V3_PATH = '/openapi/v3';

export interface OpenApiV3Result {
  /** Undefined when the server serves no `/openapi/v3` (the caller uses v2 alone). */
  documents?: OpenApiV3Document[];
  problems: SourceProblem[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The group-version URLs of the discovery document, in its order; bad entries are DecodeErrors naming them. */
export function parseOpenApiV3Discovery(value: unknown, source: string): Array<{ name: string; url: string }> {
  if (!isObject(value) || !isObject(value.paths)) throw new DecodeError(source, 'the /openapi/v3 discovery document must be an object with "paths"');
  const out: Array<{ name: string; url: string }> = [];
  for (const [name, entry] of Object.entries(value.paths)) {
    const url = isObject(entry) ? entry.serverRelativeURL : undefined;
    if (typeof url !== 'string' || !url.startsWith('/openapi/v3/')) {
      throw new DecodeError(source, `paths[${JSON.stringify(name)}].serverRelativeURL must be a path under /openapi/v3/`);
    }
    out.push({ name, url });
  }
  return out;
}

/** Checks the parts of a v3 document the site relies on: `openapi: 3.x` and `components.schemas` entries that are objects. */
export function checkOpenApiV3Document(value: unknown, path: string, source: string): OpenApiV3Document {
  if (!isObject(value)) throw new DecodeError(source, 'an OpenAPI v3 document must be a JSON object');
  if (typeof value.openapi !== 'string' || !value.openapi.startsWith('3.')) {
    throw new DecodeError(source, `"openapi" must be a 3.x version, found ${JSON.stringify(value.openapi)}`);
  }
  const components = value.components;
  if (components !== undefined && !isObject(components)) throw new DecodeError(source, '"components" must be an object');
  const schemas = components?.schemas;
  if (schemas !== undefined && !isObject(schemas)) throw new DecodeError(source, '"components.schemas" must be an object');
  const parameters = components?.parameters;
  if (parameters !== undefined && !isObject(parameters)) throw new DecodeError(source, '"components.parameters" must be an object');
  const paths = value.paths;
  if (paths !== undefined && !isObject(paths)) throw new DecodeError(source, '"paths" must be an object');
  return {
    path,
    openapi: value.openapi,
    ...(paths ? { paths } : {}),
    ...(schemas || parameters ? { components: { ...(schemas ? { schemas } : {}), ...(parameters ? { parameters } : {}) } } : {}),
  };
}

async function getJson(transport: Transport, url: string): Promise<{ value: unknown; source: string } | { failure: string; status: number }> {
  const response = await transport.get(url, { accept: ACCEPT_JSON });
  if (response.status !== 200) return { failure: describeFailure(response), status: response.status };
  const essence = parseMediaType(contentTypeOf(response)).essence;
  if (essence !== 'application/json' && essence !== '') return { failure: `answered with content type "${contentTypeOf(response)}"`, status: 200 };
  const body = gunzipIfCompressed(response.body, response.source);
  return { value: parseJson(decodeUtf8(body), response.source), source: response.source };
}

/** `/openapi/v3/apis/apps/v1?hash=ABC` → `/openapi/v3/apis/apps/v1`. */
function withoutQuery(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query);
}

/** `apis/apps/v1` → group `apps`, version `v1`; `api/v1` → core. */
function groupVersionOf(name: string): { group?: string; version?: string } {
  const parts = name.split('/');
  if (parts[0] === 'api' && parts.length === 2) return { group: '', version: parts[1] ?? '' };
  if (parts[0] === 'apis' && parts.length === 3) return { group: parts[1] ?? '', version: parts[2] ?? '' };
  return {};
}

/**
 * Fetches `/openapi/v3` and every group-version document it lists. Never
 * throws for the server's answers: what cannot be read is a problem, and
 * the rest is returned.
 */
export async function fetchOpenApiV3(transport: Transport, log: (line: string) => void = () => {}): Promise<OpenApiV3Result> {
  let listing: Array<{ name: string; url: string }>;
  try {
    const discovery = await getJson(transport, OPENAPI_V3_PATH);
    if ('failure' in discovery) {
      // 404: a server before 1.27 (or with the feature off); v2 alone is what it has.
      if (discovery.status === 404) return { problems: [] };
      return { problems: [{ severity: 'warning', source: OPENAPI_V3_PATH, message: `${discovery.failure}; schemas come from /openapi/v2` }] };
    }
    listing = parseOpenApiV3Discovery(discovery.value, discovery.source);
  } catch (error) {
    return { problems: [{ severity: 'warning', source: OPENAPI_V3_PATH, message: `${describeError(error)}; schemas come from /openapi/v2` }] };
  }
  const problems: SourceProblem[] = [];
  const results = await Promise.all(
    listing.map(async ({ name, url }) => {
      const path = withoutQuery(url);
      try {
        const answer = await getJson(transport, url);
        if ('failure' in answer) throw new Error(answer.failure);
        return checkOpenApiV3Document(answer.value, path, answer.source);
      } catch (error) {
        const message = `${describeError(error)}; its schemas come from /openapi/v2`;
        log(`${transport.description}: ${path} ${message}`);
        problems.push({ severity: 'warning', source: path, message, ...groupVersionOf(name) });
        return undefined;
      }
    }),
  );
  return { documents: results.filter((d): d is OpenApiV3Document => d !== undefined), problems };
}
