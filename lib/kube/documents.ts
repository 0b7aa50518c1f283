import type { OpenAPIV2 } from 'openapi-types';
import type { CrdDetailsState } from '../crd/details';
import { AtlasError, describeError } from '../errors';
import { fetchDiscovery } from './discovery/fetch';
import type { Discovery } from './discovery/types';
import { OPENAPI_ENCODINGS } from './openapi/encodings';
import { fetchOpenApi, type OpenApiEncoding } from './openapi/fetch';
import type { SourceProblem } from './problems';
import type { Transport } from './transport';
import { fetchOpenApiV3, type OpenApiV3Result } from './openapi/v3';
import type { OpenApiV3Document } from './openapi/v3-types';
import { fetchServerVersion, type ServerVersion } from './version';

/** Everything read from one source, decoded but not yet turned into the model. */
export interface ApiDocuments {
  /** The transport's description: names the source in the UI. */
  source: string;
  version?: ServerVersion;
  /** Absent when the source serves no discovery (the model then derives it from OpenAPI). */
  discovery?: Discovery;
  openapi?: OpenAPIV2.Document;
  /** Which OpenAPI encoding was used, and why others were skipped. */
  openapiEncoding?: string;
  /** `/openapi/v3` group-version documents, when the source serves them (preferred for schemas). */
  openapiV3?: OpenApiV3Document[];
  /** What CRD files or the cluster's `customresourcedefinitions` list say beyond discovery and OpenAPI. */
  crdDetails?: CrdDetailsState;
  problems: SourceProblem[];
}

export interface FetchDocumentsOptions {
  /** OpenAPI encodings to try, preferred first; JSON (lossless) then protobuf by default. */
  openApiEncodings?: readonly OpenApiEncoding[];
  /** Read `/openapi/v3` too (default true); its schemas are preferred to v2's. */
  openApiV3?: boolean;
  log?: (line: string) => void;
}

/**
 * Reads discovery, `/openapi/v2`, `/openapi/v3` and `/version` from a transport, concurrently.
 * A source missing one of them still loads, with a problem saying what is
 * missing; a source with neither discovery nor OpenAPI is an error.
 */
export async function fetchApiDocuments(transport: Transport, options: FetchDocumentsOptions = {}): Promise<ApiDocuments> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const [discovery, openapi, version, openapiV3] = await Promise.allSettled([
    fetchDiscovery(transport),
    fetchOpenApi(transport, options.openApiEncodings ?? OPENAPI_ENCODINGS, log),
    fetchServerVersion(transport),
    options.openApiV3 === false ? Promise.resolve({ problems: [] } as OpenApiV3Result) : fetchOpenApiV3(transport, log),
  ]);
  const problems: SourceProblem[] = [];
  const documents: ApiDocuments = { source: transport.description, problems };

  if (discovery.status === 'fulfilled') {
    documents.discovery = discovery.value.discovery;
    problems.push(...discovery.value.problems);
  } else {
    problems.push({ severity: 'error', source: 'discovery (/api, /apis)', message: describeError(discovery.reason) });
  }
  if (openapi.status === 'fulfilled') {
    documents.openapi = openapi.value.document;
    documents.openapiEncoding = openapi.value.encoding;
    for (const reason of openapi.value.fallbacks) {
      problems.push({ severity: 'warning', source: '/openapi/v2', message: `fell back from ${reason}` });
    }
  } else {
    problems.push({ severity: 'error', source: '/openapi/v2', message: describeError(openapi.reason) });
  }
  if (openapiV3.status === 'fulfilled') {
    if (openapiV3.value.documents) documents.openapiV3 = openapiV3.value.documents;
    problems.push(...openapiV3.value.problems);
  } else {
    problems.push({ severity: 'warning', source: '/openapi/v3', message: describeError(openapiV3.reason) });
  }
  if (version.status === 'fulfilled') {
    documents.version = version.value;
  } else {
    problems.push({ severity: 'warning', source: '/version', message: describeError(version.reason) });
  }

  if (!documents.discovery && !documents.openapi && !documents.openapiV3?.length) {
    const reasons = problems.filter((p) => p.severity === 'error').map((p) => p.message);
    throw new AtlasError(transport.description, `neither discovery nor OpenAPI could be read: ${reasons.join('; ')}`);
  }
  return documents;
}
