import { setString, setStrings, setTrue, type ConvertContext, type JsonObject } from './convert-context';
import type { openapi } from './generated/openapiv2.js';
import { toJsonReference, toParameter, toParametersItem, toPrimitive } from './to-parameter';
import { toExternalDocs, toFileSchema, toSchema } from './to-schema';

type v2 = typeof openapi.v2;

// In JSON key order, with `parameters` between `options` and `patch`.
const METHODS_BEFORE_PARAMETERS = ['delete', 'get', 'head', 'options'] as const;
const METHODS_AFTER_PARAMETERS = ['patch', 'post', 'put'] as const;

/**
 * `openapi.v2.Document` → the Swagger 2.0 JSON object kube-apiserver would
 * have served for `Accept: application/json`. Map-shaped sections come from
 * `Named*` lists and keep their order; fixed keys are written in the JSON's
 * (sorted) order, see toSchema.
 */
export function toDocument(ctx: ConvertContext, doc: openapi.v2.Document): JsonObject {
  ctx.check(doc, 'Document');
  const out: JsonObject = {};
  setString(out, 'basePath', doc.basePath);
  setStrings(out, 'consumes', doc.consumes);
  if (doc.definitions) {
    ctx.check(doc.definitions, 'Definitions');
    out.definitions = ctx.namedMap(doc.definitions.additionalProperties, 'NamedSchema', 'definitions', (entry, at) =>
      toSchema(ctx, entry.value ?? {}, at),
    );
  }
  if (doc.externalDocs) out.externalDocs = toExternalDocs(ctx, doc.externalDocs, 'externalDocs');
  setString(out, 'host', doc.host);
  if (doc.info) out.info = toInfo(ctx, doc.info);
  if (doc.parameters) {
    ctx.check(doc.parameters, 'ParameterDefinitions');
    out.parameters = ctx.namedMap(doc.parameters.additionalProperties, 'NamedParameter', 'parameters', (entry, at) =>
      toParameter(ctx, entry.value ?? {}, at),
    );
  }
  if (doc.paths) out.paths = toPaths(ctx, doc.paths);
  setStrings(out, 'produces', doc.produces);
  if (doc.responses) {
    ctx.check(doc.responses, 'ResponseDefinitions');
    out.responses = ctx.namedMap(doc.responses.additionalProperties, 'NamedResponse', 'responses', (entry, at) =>
      toResponse(ctx, entry.value ?? {}, at),
    );
  }
  setStrings(out, 'schemes', doc.schemes);
  if (doc.security && doc.security.length > 0) out.security = doc.security.map((requirement) => toSecurityRequirement(ctx, requirement));
  if (doc.securityDefinitions) {
    ctx.check(doc.securityDefinitions, 'SecurityDefinitions');
    out.securityDefinitions = ctx.namedMap(
      doc.securityDefinitions.additionalProperties,
      'NamedSecurityDefinitionsItem',
      'securityDefinitions',
      (entry, at) => toSecurityScheme(ctx, entry.value ?? {}, at),
    );
  }
  setString(out, 'swagger', doc.swagger);
  if (doc.tags && doc.tags.length > 0) out.tags = doc.tags.map((tag, index) => toTag(ctx, tag, `tags[${index}]`));
  ctx.extensions(doc.vendorExtension, out, '');
  return out;
}

function toInfo(ctx: ConvertContext, info: openapi.v2.Info.$Properties): JsonObject {
  ctx.check(info, 'Info');
  const out: JsonObject = {};
  if (info.contact) out.contact = toNamedLink(ctx, info.contact, 'Contact', 'info.contact');
  setString(out, 'description', info.description);
  if (info.license) out.license = toNamedLink(ctx, info.license, 'License', 'info.license');
  setString(out, 'termsOfService', info.termsOfService);
  setString(out, 'title', info.title);
  setString(out, 'version', info.version);
  ctx.extensions(info.vendorExtension, out, 'info');
  return out;
}

/** Contact and License: a name, a URL, an email (Contact only). */
function toNamedLink(ctx: ConvertContext, link: openapi.v2.Contact.$Properties, type: 'Contact' | 'License', where: string): JsonObject {
  ctx.check(link, type);
  const out: JsonObject = {};
  setString(out, 'email', link.email);
  setString(out, 'name', link.name);
  setString(out, 'url', link.url);
  ctx.extensions(link.vendorExtension, out, where);
  return out;
}

function toPaths(ctx: ConvertContext, paths: openapi.v2.Paths.$Properties): JsonObject {
  ctx.check(paths, 'Paths');
  const out: JsonObject = ctx.namedMap(paths.path, 'NamedPathItem', 'paths', (entry, at) => toPathItem(ctx, entry.value ?? {}, at));
  ctx.extensions(paths.vendorExtension, out, 'paths');
  return out;
}

function toPathItem(ctx: ConvertContext, item: openapi.v2.PathItem.$Properties, where: string): JsonObject {
  ctx.check(item, 'PathItem');
  const out: JsonObject = {};
  setString(out, '$ref', item._ref);
  for (const method of METHODS_BEFORE_PARAMETERS) {
    const operation = item[method];
    if (operation) out[method] = toOperation(ctx, operation, `${where}.${method}`);
  }
  if (item.parameters && item.parameters.length > 0)
    out.parameters = item.parameters.map((p, index) => toParametersItem(ctx, p, `${where}.parameters[${index}]`));
  for (const method of METHODS_AFTER_PARAMETERS) {
    const operation = item[method];
    if (operation) out[method] = toOperation(ctx, operation, `${where}.${method}`);
  }
  ctx.extensions(item.vendorExtension, out, where);
  return out;
}

function toOperation(ctx: ConvertContext, operation: openapi.v2.Operation.$Properties, where: string): JsonObject {
  ctx.check(operation, 'Operation');
  const out: JsonObject = {};
  setStrings(out, 'consumes', operation.consumes);
  setTrue(out, 'deprecated', operation.deprecated);
  setString(out, 'description', operation.description);
  if (operation.externalDocs) out.externalDocs = toExternalDocs(ctx, operation.externalDocs, `${where}.externalDocs`);
  setString(out, 'operationId', operation.operationId);
  if (operation.parameters && operation.parameters.length > 0) {
    out.parameters = operation.parameters.map((p, index) => toParametersItem(ctx, p, `${where}.parameters[${index}]`));
  }
  setStrings(out, 'produces', operation.produces);
  if (operation.responses) out.responses = toResponses(ctx, operation.responses, `${where}.responses`);
  setStrings(out, 'schemes', operation.schemes);
  if (operation.security && operation.security.length > 0)
    out.security = operation.security.map((requirement) => toSecurityRequirement(ctx, requirement));
  setString(out, 'summary', operation.summary);
  setStrings(out, 'tags', operation.tags);
  ctx.extensions(operation.vendorExtension, out, where);
  return out;
}

function toResponses(ctx: ConvertContext, responses: openapi.v2.Responses.$Properties, where: string): JsonObject {
  ctx.check(responses, 'Responses');
  const out: JsonObject = ctx.namedMap(responses.responseCode, 'NamedResponseValue', where, (entry, at) => {
    const value = entry.value ?? {};
    ctx.check(value, 'ResponseValue');
    if (value.response) return toResponse(ctx, value.response, at);
    if (value.jsonReference) return toJsonReference(ctx, value.jsonReference);
    return ctx.fail(at, 'is neither a response nor a $ref');
  });
  ctx.extensions(responses.vendorExtension, out, where);
  return out;
}

function toResponse(ctx: ConvertContext, response: openapi.v2.Response.$Properties, where: string): JsonObject {
  ctx.check(response, 'Response');
  const out: JsonObject = {};
  setString(out, 'description', response.description);
  if (response.examples) {
    ctx.check(response.examples, 'Examples');
    out.examples = ctx.namedMap(response.examples.additionalProperties, 'NamedAny', `${where}.examples`, (entry, at) =>
      entry.value ? ctx.value(entry.value, at) : null,
    );
  }
  if (response.headers) {
    ctx.check(response.headers, 'Headers');
    out.headers = ctx.namedMap(response.headers.additionalProperties, 'NamedHeader', `${where}.headers`, (entry, at) =>
      toPrimitive(ctx, entry.value ?? {}, 'Header', at),
    );
  }
  if (response.schema) {
    ctx.check(response.schema, 'SchemaItem');
    if (response.schema.schema) out.schema = toSchema(ctx, response.schema.schema, `${where}.schema`);
    else if (response.schema.fileSchema) out.schema = toFileSchema(ctx, response.schema.fileSchema, `${where}.schema`);
  }
  ctx.extensions(response.vendorExtension, out, where);
  return out;
}

/** `{ "BearerToken": [] }`: scheme name → required scopes. */
function toSecurityRequirement(ctx: ConvertContext, requirement: openapi.v2.SecurityRequirement.$Properties): Record<string, string[]> {
  ctx.check(requirement, 'SecurityRequirement');
  return ctx.namedMap(requirement.additionalProperties, 'NamedStringArray', 'security', (entry) => {
    if (entry.value) ctx.check(entry.value, 'StringArray');
    return (entry.value?.value ?? []).slice();
  });
}

function toSecurityScheme(ctx: ConvertContext, item: openapi.v2.SecurityDefinitionsItem.$Properties, where: string): JsonObject {
  ctx.check(item, 'SecurityDefinitionsItem');
  const [scheme, type] = securitySchemeKind(item);
  if (!scheme) return ctx.fail(where, 'is a security scheme of no known kind');
  ctx.check(scheme, type);
  const out: JsonObject = {};
  setString(out, 'authorizationUrl', scheme.authorizationUrl);
  setString(out, 'description', scheme.description);
  setString(out, 'flow', scheme.flow);
  setString(out, 'in', scheme.in);
  setString(out, 'name', scheme.name);
  if (scheme.scopes) {
    ctx.check(scheme.scopes, 'Oauth2Scopes');
    out.scopes = ctx.namedMap(scheme.scopes.additionalProperties, 'NamedString', `${where}.scopes`, (entry) => entry.value ?? '');
  }
  setString(out, 'tokenUrl', scheme.tokenUrl);
  setString(out, 'type', scheme.type);
  ctx.extensions(scheme.vendorExtension, out, where);
  return out;
}

type SecurityScheme = openapi.v2.ApiKeySecurity.$Properties & openapi.v2.Oauth2AccessCodeSecurity.$Properties;

function securitySchemeKind(item: openapi.v2.SecurityDefinitionsItem.$Properties): [SecurityScheme | null | undefined, keyof v2 & string] {
  if (item.apiKeySecurity) return [item.apiKeySecurity, 'ApiKeySecurity'];
  if (item.basicAuthenticationSecurity) return [item.basicAuthenticationSecurity, 'BasicAuthenticationSecurity'];
  if (item.oauth2ImplicitSecurity) return [item.oauth2ImplicitSecurity, 'Oauth2ImplicitSecurity'];
  if (item.oauth2PasswordSecurity) return [item.oauth2PasswordSecurity, 'Oauth2PasswordSecurity'];
  if (item.oauth2ApplicationSecurity) return [item.oauth2ApplicationSecurity, 'Oauth2ApplicationSecurity'];
  return [item.oauth2AccessCodeSecurity, 'Oauth2AccessCodeSecurity'];
}

function toTag(ctx: ConvertContext, tag: openapi.v2.Tag.$Properties, where: string): JsonObject {
  ctx.check(tag, 'Tag');
  const out: JsonObject = {};
  setString(out, 'description', tag.description);
  if (tag.externalDocs) out.externalDocs = toExternalDocs(ctx, tag.externalDocs, `${where}.externalDocs`);
  setString(out, 'name', tag.name);
  ctx.extensions(tag.vendorExtension, out, where);
  return out;
}
