import { setInt64, setNumber, setString, setStrings, setTrue, type ConvertContext, type JsonObject } from './convert-context';
import type { openapi } from './generated/openapiv2.js';

type Schema = openapi.v2.Schema.$Properties;

/**
 * `openapi.v2.Schema` → a Swagger 2.0 schema object.
 *
 * Every mapper of this conversion writes keys in the order kube-apiserver's
 * JSON has them (sorted, as Go's encoder writes maps: `$ref` first, `x-*`
 * extensions after the standard keys, `xml` last), so that the document is
 * the JSON document down to key order and anything that prints or iterates a
 * schema sees the same thing whichever encoding was read.
 */
export function toSchema(ctx: ConvertContext, schema: Schema, where: string): JsonObject {
  ctx.check(schema, 'Schema');
  const out: JsonObject = {};
  setString(out, '$ref', schema._ref);
  if (schema.additionalProperties)
    out.additionalProperties = toAdditionalProperties(ctx, schema.additionalProperties, `${where}.additionalProperties`);
  if (schema.allOf && schema.allOf.length > 0) out.allOf = schema.allOf.map((item, index) => toSchema(ctx, item, `${where}.allOf[${index}]`));
  if (schema.default) out.default = ctx.value(schema.default, `${where}.default`);
  setString(out, 'description', schema.description);
  setString(out, 'discriminator', schema.discriminator);
  if (schema.enum && schema.enum.length > 0) out.enum = schema.enum.map((value, index) => ctx.value(value, `${where}.enum[${index}]`));
  if (schema.example) out.example = ctx.value(schema.example, `${where}.example`);
  setTrue(out, 'exclusiveMaximum', schema.exclusiveMaximum);
  setTrue(out, 'exclusiveMinimum', schema.exclusiveMinimum);
  if (schema.externalDocs) out.externalDocs = toExternalDocs(ctx, schema.externalDocs, `${where}.externalDocs`);
  setString(out, 'format', schema.format);
  if (schema.items) {
    ctx.check(schema.items, 'ItemsItem');
    // `items` is a list on the wire: one schema, or the (rare) tuple form.
    const items = (schema.items.schema ?? []).map((item, index) => toSchema(ctx, item, `${where}.items[${index}]`));
    out.items = items.length === 1 ? items[0] : items;
  }
  setInt64(out, 'maxItems', schema.maxItems);
  setInt64(out, 'maxLength', schema.maxLength);
  setInt64(out, 'maxProperties', schema.maxProperties);
  setNumber(out, 'maximum', schema.maximum);
  setInt64(out, 'minItems', schema.minItems);
  setInt64(out, 'minLength', schema.minLength);
  setInt64(out, 'minProperties', schema.minProperties);
  setNumber(out, 'minimum', schema.minimum);
  setNumber(out, 'multipleOf', schema.multipleOf);
  setString(out, 'pattern', schema.pattern);
  if (schema.properties) {
    ctx.check(schema.properties, 'Properties');
    out.properties = ctx.namedMap(schema.properties.additionalProperties, 'NamedSchema', `${where}.properties`, (entry, at) =>
      toSchema(ctx, entry.value ?? {}, at),
    );
  }
  setTrue(out, 'readOnly', schema.readOnly);
  setStrings(out, 'required', schema.required);
  setString(out, 'title', schema.title);
  if (schema.type) {
    ctx.check(schema.type, 'TypeItem');
    // Likewise `type`: JSON has a plain string for a single type.
    const types = schema.type.value ?? [];
    out.type = types.length === 1 ? types[0] : types.slice();
  }
  setTrue(out, 'uniqueItems', schema.uniqueItems);
  ctx.extensions(schema.vendorExtension, out, where);
  if (schema.xml) out.xml = toXml(ctx, schema.xml, `${where}.xml`);
  return out;
}

function toAdditionalProperties(ctx: ConvertContext, item: openapi.v2.AdditionalPropertiesItem.$Properties, where: string): JsonObject | boolean {
  ctx.check(item, 'AdditionalPropertiesItem');
  if (item.schema) return toSchema(ctx, item.schema, where);
  if (typeof item.boolean === 'boolean') return item.boolean;
  return ctx.fail(where, 'is neither a schema nor a boolean');
}

/** A response schema of `type: file`. */
export function toFileSchema(ctx: ConvertContext, schema: openapi.v2.FileSchema.$Properties, where: string): JsonObject {
  ctx.check(schema, 'FileSchema');
  const out: JsonObject = {};
  if (schema.default) out.default = ctx.value(schema.default, `${where}.default`);
  setString(out, 'description', schema.description);
  if (schema.example) out.example = ctx.value(schema.example, `${where}.example`);
  if (schema.externalDocs) out.externalDocs = toExternalDocs(ctx, schema.externalDocs, `${where}.externalDocs`);
  setString(out, 'format', schema.format);
  setTrue(out, 'readOnly', schema.readOnly);
  setStrings(out, 'required', schema.required);
  setString(out, 'title', schema.title);
  setString(out, 'type', schema.type);
  ctx.extensions(schema.vendorExtension, out, where);
  return out;
}

function toXml(ctx: ConvertContext, xml: openapi.v2.Xml.$Properties, where: string): JsonObject {
  ctx.check(xml, 'Xml');
  const out: JsonObject = {};
  setTrue(out, 'attribute', xml.attribute);
  setString(out, 'name', xml.name);
  setString(out, 'namespace', xml.namespace);
  setString(out, 'prefix', xml.prefix);
  setTrue(out, 'wrapped', xml.wrapped);
  ctx.extensions(xml.vendorExtension, out, where);
  return out;
}

export function toExternalDocs(ctx: ConvertContext, docs: openapi.v2.ExternalDocs.$Properties, where: string): JsonObject {
  ctx.check(docs, 'ExternalDocs');
  const out: JsonObject = {};
  setString(out, 'description', docs.description);
  setString(out, 'url', docs.url);
  ctx.extensions(docs.vendorExtension, out, where);
  return out;
}
