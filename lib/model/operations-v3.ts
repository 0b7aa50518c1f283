/**
 * Operations of an OpenAPI v3 group-version document in the model's shape,
 * the same `ApiOperation` the v2 reader (operations.ts) gives. kube-openapi's
 * v3 form differs from v2 in three places: a parameter's type is under
 * `schema`, and shared parameters are `#/components/parameters/NAME`; the
 * body is `requestBody` (its media types are what the operation consumes);
 * a response's schema is under `content`, once per media type (what the
 * operation produces). The body is shown as the parameter `body` (in:
 * body), as v2 names it, where v2 lists it: after the path-level
 * parameters, before the operation's own. Pure.
 */
import { definitionName, shortDefinitionName, typeLabel, type Schema } from './schema-types';
import { pathParametersFirst, withOperationFacts } from './operations';
import type { ApiOperation, ApiParameter, ApiResponse, HttpMethod } from './types';

type Json = Record<string, unknown>;

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PARAMETER_REF = '#/components/parameters/';
/** Preferred when a body or response lists several media types: the schema is the same for each. */
const PREFERRED_MEDIA_TYPE = 'application/json';

/** The document parts operations refer to. */
export interface OperationsV3Context {
  components?: { parameters?: Record<string, unknown> };
}

function resolveParameter(doc: OperationsV3Context, raw: unknown): Json | undefined {
  if (!isJson(raw)) return undefined;
  if (typeof raw.$ref !== 'string') return raw;
  if (!raw.$ref.startsWith(PARAMETER_REF)) return undefined;
  const target = doc.components?.parameters?.[raw.$ref.slice(PARAMETER_REF.length)];
  return isJson(target) ? target : undefined;
}

/** `typeLabel` and, for a `$ref`, the definition: what the page shows of a parameter, body or response type. */
function typeOf(schema: unknown): { type: string; definition?: string } {
  if (!isJson(schema)) return { type: typeLabel(undefined) };
  const ref = typeof schema.$ref === 'string' ? definitionName(schema.$ref) : undefined;
  return ref ? { type: shortDefinitionName(ref), definition: ref } : { type: typeLabel(schema as Schema) };
}

function toParameter(p: Json): ApiParameter {
  const schema = isJson(p.schema) ? p.schema : {};
  const { type, definition } = typeOf(schema);
  return {
    name: String(p.name),
    in: p.in as ApiParameter['in'],
    required: p.required === true,
    type,
    ...(definition ? { definition } : {}),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    ...(schema.uniqueItems === true ? { uniqueItems: true } : {}),
  };
}

/**
 * Converted parameters by raw parameter object: kube-apiserver's operations
 * share `components.parameters` entries and path-level lists, converted once
 * (the results are read-only, like the rest of the model), as in operations.ts.
 */
const converted = new WeakMap<Json, ApiParameter>();

function mergeParameters(doc: OperationsV3Context, raws: unknown, into: Map<string, ApiParameter>): void {
  if (!Array.isArray(raws)) return;
  for (const raw of raws) {
    const resolved = resolveParameter(doc, raw);
    if (!resolved) continue;
    let parameter = converted.get(resolved);
    if (!parameter) {
      parameter = toParameter(resolved);
      converted.set(resolved, parameter);
    }
    into.set(`${parameter.in}:${parameter.name}`, parameter);
  }
}

/** The schema of a `content` map: application/json's, else the first. */
function contentSchema(content: unknown): unknown {
  if (!isJson(content)) return undefined;
  const entry = content[PREFERRED_MEDIA_TYPE] ?? Object.values(content)[0];
  return isJson(entry) ? entry.schema : undefined;
}

function toResponses(responses: unknown): { responses: ApiResponse[]; produces: string[] } {
  const result: ApiResponse[] = [];
  const produces: string[] = [];
  if (!isJson(responses)) return { responses: result, produces };
  for (const [code, raw] of Object.entries(responses)) {
    const response = isJson(raw) ? raw : {};
    const entry: ApiResponse = { code, description: typeof response.description === 'string' ? response.description : '' };
    const schema = contentSchema(response.content);
    if (schema !== undefined) {
      const { type, definition } = typeOf(schema);
      entry.type = type;
      if (definition) entry.definition = definition;
    }
    if (isJson(response.content)) for (const mediaType of Object.keys(response.content)) if (!produces.includes(mediaType)) produces.push(mediaType);
    result.push(entry);
  }
  return { responses: result, produces };
}

/**
 * One v3 operation as the model's operation: path-level and operation-level
 * parameters merged (operation wins), refs resolved, the request body as the
 * `body` parameter, Kubernetes extensions read.
 */
export function normalizeOperationV3(
  doc: OperationsV3Context,
  path: string,
  method: HttpMethod,
  pathItem: Json,
  operation: Json,
  where: { namespaced: boolean; watch: boolean },
): ApiOperation {
  const merged = new Map<string, ApiParameter>();
  mergeParameters(doc, pathItem.parameters, merged);
  const requestBody = isJson(operation.requestBody) ? operation.requestBody : undefined;
  if (requestBody) {
    const { type, definition } = typeOf(contentSchema(requestBody.content));
    merged.set('body:body', {
      name: 'body',
      in: 'body',
      required: requestBody.required === true,
      type,
      ...(definition ? { definition } : {}),
      ...(typeof requestBody.description === 'string' ? { description: requestBody.description } : {}),
    });
  }
  mergeParameters(doc, operation.parameters, merged);
  const { responses, produces } = toResponses(operation.responses);
  const result: ApiOperation = {
    method,
    path,
    namespaced: where.namespaced,
    deprecatedWatchPath: where.watch,
    parameters: pathParametersFirst(merged),
    responses,
    // An operation without a request body consumes nothing: v3 says so by having no requestBody.
    consumes: requestBody && isJson(requestBody.content) ? Object.keys(requestBody.content) : [],
    produces,
  };
  return withOperationFacts(result, operation);
}
