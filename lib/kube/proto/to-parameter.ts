import { setInt64, setNumber, setString, setTrue, type ConvertContext, type JsonObject } from './convert-context';
import type { openapi } from './generated/openapiv2.js';
import { toSchema } from './to-schema';

type v2 = typeof openapi.v2;
type NonBody = openapi.v2.NonBodyParameter.$Properties;

/** One entry of a `parameters` list: a parameter, or `{ "$ref": ... }`. */
export function toParametersItem(ctx: ConvertContext, item: openapi.v2.ParametersItem.$Properties, where: string): JsonObject {
  ctx.check(item, 'ParametersItem');
  if (item.parameter) return toParameter(ctx, item.parameter, where);
  if (item.jsonReference) return toJsonReference(ctx, item.jsonReference);
  return ctx.fail(where, 'is neither a parameter nor a $ref');
}

export function toJsonReference(ctx: ConvertContext, reference: openapi.v2.JsonReference.$Properties): JsonObject {
  ctx.check(reference, 'JsonReference');
  const out: JsonObject = { $ref: reference._ref ?? '' };
  setString(out, 'description', reference.description);
  return out;
}

/** A body parameter, or one of the four non-body kinds (header, formData, query, path). */
export function toParameter(ctx: ConvertContext, parameter: openapi.v2.Parameter.$Properties, where: string): JsonObject {
  ctx.check(parameter, 'Parameter');
  const body = parameter.bodyParameter;
  if (body) {
    ctx.check(body, 'BodyParameter');
    const out: JsonObject = {};
    setString(out, 'description', body.description);
    setString(out, 'in', body.in);
    setString(out, 'name', body.name);
    setTrue(out, 'required', body.required);
    if (body.schema) out.schema = toSchema(ctx, body.schema, `${where}.schema`);
    ctx.extensions(body.vendorExtension, out, where);
    return out;
  }
  const nonBody = parameter.nonBodyParameter;
  if (nonBody) {
    ctx.check(nonBody, 'NonBodyParameter');
    const [sub, type] = nonBodyKind(nonBody);
    if (sub) return toPrimitive(ctx, sub, type, where);
  }
  return ctx.fail(where, 'is a parameter of no known kind (body, header, formData, query or path)');
}

function nonBodyKind(parameter: NonBody): [PrimitiveMessage | null | undefined, keyof v2 & string] {
  if (parameter.queryParameterSubSchema) return [parameter.queryParameterSubSchema, 'QueryParameterSubSchema'];
  if (parameter.pathParameterSubSchema) return [parameter.pathParameterSubSchema, 'PathParameterSubSchema'];
  if (parameter.headerParameterSubSchema) return [parameter.headerParameterSubSchema, 'HeaderParameterSubSchema'];
  return [parameter.formDataParameterSubSchema, 'FormDataParameterSubSchema'];
}

/**
 * The fields shared by non-body parameters, response headers and their
 * `items` (Swagger's "primitive" schemas): each message has a subset.
 */
type PrimitiveMessage = Partial<
  openapi.v2.QueryParameterSubSchema.$Properties &
    openapi.v2.PathParameterSubSchema.$Properties &
    openapi.v2.HeaderParameterSubSchema.$Properties &
    openapi.v2.FormDataParameterSubSchema.$Properties &
    openapi.v2.Header.$Properties &
    openapi.v2.PrimitivesItems.$Properties
>;

/** A non-body parameter, a response header or a primitive `items`, by message `type` (for errors). */
export function toPrimitive(ctx: ConvertContext, message: PrimitiveMessage, type: keyof v2 & string, where: string): JsonObject {
  ctx.check(message, type);
  const out: JsonObject = {};
  setTrue(out, 'allowEmptyValue', message.allowEmptyValue);
  setString(out, 'collectionFormat', message.collectionFormat);
  if (message.default) out.default = ctx.value(message.default, `${where}.default`);
  setString(out, 'description', message.description);
  if (message.enum && message.enum.length > 0) out.enum = message.enum.map((value, index) => ctx.value(value, `${where}.enum[${index}]`));
  setTrue(out, 'exclusiveMaximum', message.exclusiveMaximum);
  setTrue(out, 'exclusiveMinimum', message.exclusiveMinimum);
  setString(out, 'format', message.format);
  setString(out, 'in', message.in);
  if (message.items) out.items = toPrimitive(ctx, message.items, 'PrimitivesItems', `${where}.items`);
  setInt64(out, 'maxItems', message.maxItems);
  setInt64(out, 'maxLength', message.maxLength);
  setNumber(out, 'maximum', message.maximum);
  setInt64(out, 'minItems', message.minItems);
  setInt64(out, 'minLength', message.minLength);
  setNumber(out, 'minimum', message.minimum);
  setNumber(out, 'multipleOf', message.multipleOf);
  setString(out, 'name', message.name);
  setString(out, 'pattern', message.pattern);
  setTrue(out, 'required', message.required);
  setString(out, 'type', message.type);
  setTrue(out, 'uniqueItems', message.uniqueItems);
  ctx.extensions(message.vendorExtension, out, where);
  return out;
}
