/**
 * OpenAPI v2 operations in the form kube-openapi publishes them under
 * `/openapi/v3` (k8s.io/kube-openapi builder3, spec3): the body parameter
 * becomes `requestBody` with one `content` entry per consumed media type;
 * each response's schema one `content` entry per produced media type; other
 * parameters keep `name`, `in`, `description` and `required` and carry their
 * type under `schema`; `#/parameters/NAME` becomes
 * `#/components/parameters/NAME` and `#/definitions/` refs
 * `#/components/schemas/`. Used by the kube-apiserver double (which derives
 * its v3 documents from a real v2 one) and by CRD publishing. Pure.
 */
type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;
/** Parameter keys that describe the value's type: in v3 they move into `schema`. */
const SCHEMA_KEYS = ['type', 'format', 'items', 'uniqueItems', 'enum', 'default', 'minimum', 'maximum', 'pattern', 'collectionFormat'];
const V2_PARAMETER_REF = '#/parameters/';

function isJson(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function v3Refs<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replaceAll('"#/definitions/', '"#/components/schemas/')) as T;
}

/** A non-body v2 parameter as a v3 parameter object. */
function parameterToV3(parameter: Json): Json {
  const out: Json = {};
  const schema: Json = {};
  for (const [key, value] of Object.entries(parameter)) {
    if (key === 'collectionFormat') continue; // v3 says `style`/`explode`; kube-openapi drops it
    if (SCHEMA_KEYS.includes(key)) schema[key] = value;
    else out[key] = value;
  }
  if (Object.keys(schema).length > 0) out.schema = schema;
  return out;
}

/** `{mediaType: {schema}}` for each media type; one entry `*\/*` when none is listed. */
function content(mediaTypes: readonly string[], schema: unknown): Json {
  return Object.fromEntries((mediaTypes.length > 0 ? mediaTypes : ['*/*']).map((type) => [type, { schema }]));
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : undefined;
}

/**
 * v2 `paths` (and the document's shared `parameters`) as v3 `paths` and the
 * `components.parameters` they refer to. A `$ref` to a parameter that is
 * `in: body` (kube-openapi never shares those) is inlined as the request body.
 */
export function operationsToV3(
  paths: Record<string, unknown>,
  shared: { parameters?: Record<string, unknown>; consumes?: string[]; produces?: string[] } = {},
): { paths: Json; parameters: Json } {
  const sharedParameters = shared.parameters ?? {};
  const usedParameters: Json = {};
  const resolve = (raw: unknown): Json | undefined => {
    if (!isJson(raw)) return undefined;
    if (typeof raw.$ref !== 'string') return raw;
    if (!raw.$ref.startsWith(V2_PARAMETER_REF)) return undefined;
    const target = sharedParameters[raw.$ref.slice(V2_PARAMETER_REF.length)];
    return isJson(target) ? target : undefined;
  };
  /** The v3 form of a parameter list, without the body parameter (returned apart). */
  const convertList = (raws: unknown): { parameters: Json[]; body?: Json } => {
    const parameters: Json[] = [];
    let body: Json | undefined;
    for (const raw of Array.isArray(raws) ? raws : []) {
      const parameter = resolve(raw);
      if (!parameter) continue;
      if (parameter.in === 'body') {
        body = parameter;
        continue;
      }
      if (isJson(raw) && typeof raw.$ref === 'string') {
        const name = raw.$ref.slice(V2_PARAMETER_REF.length);
        usedParameters[name] = parameterToV3(parameter);
        parameters.push({ $ref: `#/components/parameters/${name}` });
      } else {
        parameters.push(parameterToV3(parameter));
      }
    }
    return { parameters, ...(body ? { body } : {}) };
  };

  const out: Json = {};
  for (const [path, rawItem] of Object.entries(paths)) {
    if (!isJson(rawItem)) continue;
    const item: Json = {};
    for (const method of METHODS) {
      const operation = rawItem[method];
      if (!isJson(operation)) continue;
      const converted: Json = {};
      const { parameters, body } = convertList(operation.parameters);
      const consumes = stringList(operation.consumes) ?? shared.consumes ?? [];
      const produces = stringList(operation.produces) ?? shared.produces ?? [];
      for (const [key, value] of Object.entries(operation)) {
        if (key === 'parameters' || key === 'consumes' || key === 'produces' || key === 'schemes') continue;
        if (key === 'responses' && isJson(value)) {
          converted.responses = Object.fromEntries(
            Object.entries(value).map(([code, response]) => {
              if (!isJson(response)) return [code, response];
              const { schema, ...rest } = response;
              return [code, schema === undefined ? rest : { ...rest, content: content(produces, schema) }];
            }),
          );
          continue;
        }
        converted[key] = value;
      }
      if (parameters.length > 0) converted.parameters = parameters;
      if (body) {
        converted.requestBody = {
          content: content(consumes, body.schema),
          ...(typeof body.description === 'string' ? { description: body.description } : {}),
          ...(body.required === true ? { required: true } : {}),
        };
      }
      item[method] = converted;
    }
    const pathParameters = convertList(rawItem.parameters).parameters;
    if (pathParameters.length > 0) item.parameters = pathParameters;
    out[path] = item;
  }
  return { paths: v3Refs(out), parameters: v3Refs(usedParameters) };
}
