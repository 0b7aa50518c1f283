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
  if (!isReference(parameter)) return parameter;
  const prefix = '#/parameters/';
  if (!parameter.$ref.startsWith(prefix)) return undefined;
  return doc.parameters?.[parameter.$ref.slice(prefix.length)] as OpenAPIV2.Parameter | undefined;
}

function toParameter(p: OpenAPIV2.Parameter): ApiParameter {
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
  return Object.entries(responses ?? {}).map(([code, value]) => {
    const response = value as OpenAPIV2.ResponseObject;
    const schema = response.schema as OpenAPIV2.SchemaObject | OpenAPIV2.ReferenceObject | undefined;
    const ref = schema && isReference(schema) ? definitionName(schema.$ref) : undefined;
    return {
      code,
      description: typeof response.description === 'string' ? response.description : '',
      ...(ref ? { type: shortDefinitionName(ref), definition: ref } : schema ? { type: typeLabel(schema) } : {}),
    };
  });
}

function readKind(value: unknown): GroupVersionKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const k = value as Record<string, unknown>;
  if (typeof k.kind !== 'string' || typeof k.version !== 'string') return undefined;
  return { group: typeof k.group === 'string' ? k.group : '', version: k.version, kind: k.kind };
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
  for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
    const resolved = resolveParameter(doc, raw);
    if (!resolved) continue;
    const parameter = toParameter(resolved);
    merged.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  const extensions = operation as Record<string, unknown>;
  const kind = readKind(extensions['x-kubernetes-group-version-kind']);
  const action = extensions['x-kubernetes-action'];
  return {
    method,
    path,
    ...(typeof operation.operationId === 'string' ? { operationId: operation.operationId } : {}),
    ...(typeof action === 'string' ? { action } : {}),
    ...(typeof operation.description === 'string' ? { description: operation.description } : {}),
    namespaced: where.namespaced,
    deprecatedWatchPath: where.watch,
    ...(kind ? { kind } : {}),
    // Path parameters first, then the rest in the document's order.
    parameters: [...merged.values()].sort((a, b) => Number(b.in === 'path') - Number(a.in === 'path')),
    responses: toResponses(operation.responses),
    consumes: operation.consumes ?? doc.consumes ?? [],
    produces: operation.produces ?? doc.produces ?? [],
  };
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
