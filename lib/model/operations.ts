import type { OpenAPIV2 } from 'openapi-types';
import type { GroupVersionKind } from '../kube/discovery/types';
import { definitionName, shortDefinitionName, typeLabel } from './schema-types';
import type { ApiOperation, ApiParameter, ApiResponse, HttpMethod } from './types';

export const HTTP_METHODS: readonly HttpMethod[] = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

type AnyParameter = OpenAPIV2.Parameter | OpenAPIV2.ReferenceObject;

function isReference(value: unknown): value is OpenAPIV2.ReferenceObject {
  return typeof value === 'object' && value !== null && typeof (value as { $ref?: unknown }).$ref === 'string';
}

/** Resolves `#/parameters/NAME` against the document's shared parameters. */
function resolveParameter(doc: OpenAPIV2.Document, parameter: AnyParameter): OpenAPIV2.Parameter | undefined {
  // A malformed document can list anything here (a string, null); such an
  // entry describes no parameter, and the rest of the operation still does.
  if (!isObject(parameter)) return undefined;
  if (!isReference(parameter)) return parameter;
  const prefix = '#/parameters/';
  if (!parameter.$ref.startsWith(prefix)) return undefined;
  const target: unknown = doc.parameters?.[parameter.$ref.slice(prefix.length)];
  return isObject(target) ? (target as OpenAPIV2.Parameter) : undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Converted parameters by raw parameter object, with their merge key.
 * kube-apiserver's operations share a few dozen `#/parameters/...` entries
 * and path-level parameter lists: each raw object is converted once, not
 * once per operation (the results are read-only, like the rest of the
 * model). Keyed weakly, so a document's entries go with the document.
 */
const converted = new WeakMap<OpenAPIV2.Parameter, { parameter: ApiParameter; key: string }>();

function toParameter(p: OpenAPIV2.Parameter): { parameter: ApiParameter; key: string } {
  let entry = converted.get(p);
  if (!entry) {
    const parameter = convertParameter(p);
    entry = { parameter, key: `${parameter.in}:${parameter.name}` };
    converted.set(p, entry);
  }
  return entry;
}

function convertParameter(p: OpenAPIV2.Parameter): ApiParameter {
  const schema = (p as OpenAPIV2.InBodyParameterObject).schema as OpenAPIV2.SchemaObject | OpenAPIV2.ReferenceObject | undefined;
  const ref = schema && isReference(schema) ? definitionName(schema.$ref) : undefined;
  const type = ref ? shortDefinitionName(ref) : schema ? typeLabel(schema) : typeLabel(p as OpenAPIV2.SchemaObject);
  return {
    name: String(p.name),
    in: p.in as ApiParameter['in'],
    required: p.required === true,
    type,
    ...(ref ? { definition: ref } : {}),
    ...(typeof p.description === 'string' ? { description: p.description } : {}),
    ...(p.uniqueItems === true ? { uniqueItems: true } : {}),
  };
}

function toResponses(responses: OpenAPIV2.ResponsesObject | undefined): ApiResponse[] {
  const result: ApiResponse[] = [];
  if (!responses) return result;
  for (const code of Object.keys(responses)) {
    const response = responses[code] as OpenAPIV2.ResponseObject;
    const schema = response.schema as OpenAPIV2.SchemaObject | OpenAPIV2.ReferenceObject | undefined;
    const ref = schema && isReference(schema) ? definitionName(schema.$ref) : undefined;
    const entry: ApiResponse = { code, description: typeof response.description === 'string' ? response.description : '' };
    if (ref) {
      entry.type = shortDefinitionName(ref);
      entry.definition = ref;
    } else if (schema) {
      entry.type = typeLabel(schema);
    }
    result.push(entry);
  }
  return result;
}

function readKind(value: unknown): GroupVersionKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const k = value as Record<string, unknown>;
  if (typeof k.kind !== 'string' || typeof k.version !== 'string') return undefined;
  return { group: typeof k.group === 'string' ? k.group : '', version: k.version, kind: k.kind };
}

/** Merged parameters in the model's order: path parameters first, then the rest in the document's order (v2 and v3). */
export function pathParametersFirst(merged: Map<string, ApiParameter>): ApiParameter[] {
  const parameters: ApiParameter[] = [];
  const others: ApiParameter[] = [];
  for (const parameter of merged.values()) (parameter.in === 'path' ? parameters : others).push(parameter);
  for (const parameter of others) parameters.push(parameter);
  return parameters;
}

/**
 * Adds what both formats carry on the operation object alike (operationId,
 * description, the Kubernetes action and group-version-kind extensions).
 * Optional keys are added when present rather than spread in: this runs for
 * every operation of every source.
 */
export function withOperationFacts(result: ApiOperation, operation: Record<string, unknown>): ApiOperation {
  const kind = readKind(operation['x-kubernetes-group-version-kind']);
  const action = operation['x-kubernetes-action'];
  if (typeof operation.operationId === 'string') result.operationId = operation.operationId;
  if (typeof action === 'string') result.action = action;
  if (typeof operation.description === 'string') result.description = operation.description;
  if (kind) result.kind = kind;
  return result;
}

function mergeParameters(doc: OpenAPIV2.Document, raws: readonly AnyParameter[] | undefined, into: Map<string, ApiParameter>): void {
  if (!Array.isArray(raws)) return;
  for (const raw of raws) {
    const resolved = resolveParameter(doc, raw);
    if (!resolved) continue;
    const { parameter, key } = toParameter(resolved);
    into.set(key, parameter);
  }
}

/**
 * Turns one OpenAPI operation into the model's shape: path-level and
 * operation-level parameters merged (operation wins, as Swagger 2.0 says),
 * `$ref` parameters resolved, Kubernetes extensions read.
 */
export function normalizeOperation(
  doc: OpenAPIV2.Document,
  path: string,
  method: HttpMethod,
  pathItem: OpenAPIV2.PathItemObject,
  operation: OpenAPIV2.OperationObject,
  where: { namespaced: boolean; watch: boolean },
): ApiOperation {
  const merged = new Map<string, ApiParameter>();
  mergeParameters(doc, pathItem.parameters, merged);
  mergeParameters(doc, operation.parameters, merged);
  const result: ApiOperation = {
    method,
    path,
    namespaced: where.namespaced,
    deprecatedWatchPath: where.watch,
    parameters: pathParametersFirst(merged),
    responses: toResponses(operation.responses),
    consumes: operation.consumes ?? doc.consumes ?? [],
    produces: operation.produces ?? doc.produces ?? [],
  };
  return withOperationFacts(result, operation as Record<string, unknown>);
}

/**
 * The discovery verb an operation implements. `connect` operations (exec,
 * proxy, attach) use the verb of their HTTP method, as discovery lists them.
 */
export function verbOf(operation: ApiOperation): string | undefined {
  switch (operation.action) {
    case 'get':
    case 'list':
    case 'patch':
    case 'delete':
    case 'deletecollection':
      return operation.action;
    case 'watch':
    case 'watchlist':
      return 'watch';
    case 'post':
      return 'create';
    case 'put':
      return 'update';
    case 'connect':
      return { get: 'get', post: 'create', put: 'update', delete: 'delete', patch: 'patch', head: undefined, options: undefined }[operation.method];
    default:
      return undefined;
  }
}
