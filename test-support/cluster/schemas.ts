/**
 * Generates CRD `openAPIV3Schema`s that look like those operators ship
 * (controller-gen output): a spec and a status, nested objects, lists of
 * objects keyed by `x-kubernetes-list-map-keys`, maps, enums, patterns,
 * int-or-string quantities, CEL `x-kubernetes-validations`, preserved
 * unknown fields, embedded resources, defaults and examples, and standard
 * `conditions`. Sizes are heavy-tailed like real ones.
 */
import type { JsonSchema } from '../../lib/crd/types';
import type { Random } from './random';
import { capitalize, description, fieldName, NOUNS, QUALIFIERS } from './words';

type FieldKind =
  | 'string'
  | 'enum'
  | 'integer'
  | 'boolean'
  | 'number'
  | 'intOrString'
  | 'dateTime'
  | 'stringList'
  | 'objectList'
  | 'object'
  | 'stringMap'
  | 'objectMap'
  | 'preserveUnknown'
  | 'embedded'
  | 'nullableObject';

const LEAF_KINDS: ReadonlyArray<readonly [FieldKind, number]> = [
  ['string', 30],
  ['enum', 8],
  ['integer', 10],
  ['boolean', 10],
  ['number', 1],
  ['intOrString', 4],
  ['dateTime', 3],
  ['stringList', 6],
  ['stringMap', 5],
  ['preserveUnknown', 2],
];
const NESTED_KINDS: ReadonlyArray<readonly [FieldKind, number]> = [
  ['objectList', 8],
  ['object', 12],
  ['objectMap', 2],
  ['embedded', 0.4],
  ['nullableObject', 1],
];

export interface SchemaShape {
  /** Fields of `spec` (top level); nested objects get fewer. */
  specFields: number;
  /** Deepest nesting of objects below spec. */
  maxDepth: number;
}

class SchemaGenerator {
  constructor(private readonly random: Random) {}

  /** Distinct field names for one object. */
  private names(count: number): string[] {
    const names = new Set<string>();
    for (let tries = 0; names.size < count && tries < count * 5; tries++) names.add(fieldName(this.random));
    return [...names];
  }

  private describe(schema: JsonSchema, name: string): JsonSchema {
    if (this.random.chance(0.87)) schema.description = description(this.random, capitalize(name));
    return schema;
  }

  object(fieldCount: number, depth: number, maxDepth: number): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const name of this.names(fieldCount)) {
      properties[name] = this.field(name, depth, maxDepth);
      if (this.random.chance(0.15)) required.push(name);
    }
    const schema: JsonSchema = { type: 'object', properties };
    if (required.length > 0) schema.required = required.sort();
    if (this.random.chance(0.08)) {
      const [first, second] = Object.keys(properties);
      if (first && second)
        schema['x-kubernetes-validations'] = [
          { rule: `!(has(self.${first}) && has(self.${second}))`, message: `${first} and ${second} are mutually exclusive` },
        ];
    }
    return schema;
  }

  private nestedCount(depth: number): number {
    return Math.max(1, Math.round(this.random.skewed(1, 4, 40) / (1 + depth * 0.6)));
  }

  field(name: string, depth: number, maxDepth: number): JsonSchema {
    const r = this.random;
    const kinds = depth < maxDepth ? [...LEAF_KINDS, ...NESTED_KINDS] : LEAF_KINDS;
    const kind = r.weighted(kinds);
    let schema: JsonSchema;
    switch (kind) {
      case 'string':
        schema = { type: 'string' };
        if (r.chance(0.1)) schema.pattern = '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$';
        if (r.chance(0.15)) schema.maxLength = r.pick([63, 253, 256, 1024]);
        if (r.chance(0.05)) schema.minLength = 1;
        if (r.chance(0.1)) schema.default = r.pick(NOUNS);
        break;
      case 'enum': {
        const values = [...new Set(Array.from({ length: r.int(2, 7) }, () => capitalize(r.pick(r.chance(0.5) ? NOUNS : QUALIFIERS))))];
        schema = { type: 'string', enum: values };
        if (r.chance(0.4)) schema.default = values[0];
        break;
      }
      case 'integer':
        schema = { type: 'integer', format: r.pick(['int32', 'int64']) };
        if (r.chance(0.3)) schema.minimum = 0;
        if (r.chance(0.15)) schema.maximum = r.pick([100, 65535, 3600]);
        if (r.chance(0.2)) schema.default = r.int(1, 10);
        break;
      case 'boolean':
        schema = { type: 'boolean' };
        if (r.chance(0.25)) schema.default = r.chance(0.5);
        break;
      case 'number':
        schema = { type: 'number' };
        break;
      case 'intOrString':
        schema = { anyOf: [{ type: 'integer' }, { type: 'string' }], 'x-kubernetes-int-or-string': true };
        if (r.chance(0.5))
          schema.pattern = '^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$';
        break;
      case 'dateTime':
        schema = { type: 'string', format: r.pick(['date-time', 'duration']) };
        if (r.chance(0.1)) schema.example = '2024-01-01T00:00:00Z';
        break;
      case 'stringList':
        schema = { type: 'array', items: { type: 'string' } };
        if (r.chance(0.5)) schema['x-kubernetes-list-type'] = r.pick(['atomic', 'set']);
        if (r.chance(0.1)) schema.maxItems = r.pick([16, 32, 64]);
        break;
      case 'stringMap':
        schema = { type: 'object', additionalProperties: { type: 'string' } };
        if (r.chance(0.2)) schema['x-kubernetes-map-type'] = 'granular';
        break;
      case 'preserveUnknown':
        schema = { type: 'object', 'x-kubernetes-preserve-unknown-fields': true };
        break;
      case 'objectList': {
        const items = this.object(this.nestedCount(depth), depth + 1, maxDepth);
        schema = { type: 'array', items };
        const keys = Object.keys(items.properties as object);
        if (keys[0] && r.chance(0.35)) {
          items.required = [...new Set([keys[0], ...((items.required as string[] | undefined) ?? [])])].sort();
          schema['x-kubernetes-list-type'] = 'map';
          schema['x-kubernetes-list-map-keys'] = [keys[0]];
        } else if (r.chance(0.4)) {
          schema['x-kubernetes-list-type'] = 'atomic';
        }
        break;
      }
      case 'object':
        schema = this.object(this.nestedCount(depth), depth + 1, maxDepth);
        break;
      case 'objectMap':
        schema = { type: 'object', additionalProperties: this.object(this.nestedCount(depth), depth + 1, maxDepth) };
        break;
      case 'embedded':
        schema = {
          type: 'object',
          'x-kubernetes-embedded-resource': true,
          properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } },
        };
        break;
      case 'nullableObject':
        schema = { ...this.object(this.nestedCount(depth), depth + 1, maxDepth), nullable: true };
        break;
    }
    return this.describe(schema, name);
  }
}

/** The `conditions` list nearly every operator's status has (metav1.Condition). */
function conditions(): JsonSchema {
  const str = (text: string, extra: JsonSchema = {}) => ({ type: 'string', description: text, ...extra });
  return {
    type: 'array',
    description: 'Conditions represent the latest available observations of the resource state.',
    items: {
      type: 'object',
      description: 'Condition contains details for one aspect of the current state of this API Resource.',
      required: ['lastTransitionTime', 'message', 'reason', 'status', 'type'],
      properties: {
        lastTransitionTime: str('lastTransitionTime is the last time the condition transitioned from one status to another.', {
          format: 'date-time',
        }),
        message: str('message is a human readable message indicating details about the transition.', { maxLength: 32768 }),
        observedGeneration: {
          type: 'integer',
          format: 'int64',
          minimum: 0,
          description: 'observedGeneration represents the .metadata.generation that the condition was set based upon.',
        },
        reason: str("reason contains a programmatic identifier indicating the reason for the condition's last transition.", {
          maxLength: 1024,
          minLength: 1,
          pattern: '^[A-Za-z]([A-Za-z0-9_,:]*[A-Za-z0-9_])?$',
        }),
        status: str('status of the condition, one of True, False, Unknown.', { enum: ['True', 'False', 'Unknown'] }),
        type: str('type of condition in CamelCase or in foo.example.com/CamelCase.', { maxLength: 316 }),
      },
    },
    'x-kubernetes-list-map-keys': ['type'],
    'x-kubernetes-list-type': 'map',
  };
}

/** A whole CRD version schema: apiVersion, kind, metadata, spec, status. */
export function generateSchema(random: Random, kind: string, shape: SchemaShape): JsonSchema {
  const generator = new SchemaGenerator(random);
  const spec = generator.object(shape.specFields, 0, shape.maxDepth);
  spec.description = `${kind}Spec defines the desired state of ${kind}.`;
  const status = generator.object(random.int(1, Math.max(2, Math.round(shape.specFields / 4))), 1, Math.max(1, shape.maxDepth - 2));
  status.description = `${kind}Status defines the observed state of ${kind}.`;
  (status.properties as Record<string, JsonSchema>).conditions = conditions();
  (status.properties as Record<string, JsonSchema>).observedGeneration = {
    type: 'integer',
    format: 'int64',
    description: 'The generation observed by the controller.',
  };
  return {
    description: description(random, `${kind} is the Schema for the ${kind.toLowerCase()}s API`),
    type: 'object',
    properties: {
      apiVersion: { type: 'string', description: 'APIVersion defines the versioned schema of this representation of an object.' },
      kind: { type: 'string', description: 'Kind is a string value representing the REST resource this object represents.' },
      metadata: { type: 'object' },
      spec,
      status,
    },
    ...(random.chance(0.3) ? { required: ['spec'] } : {}),
  };
}

/**
 * The schema of a later version: the earlier one with a few top-level spec
 * fields added and removed, as API versions of one kind usually differ.
 */
export function evolveSchema(random: Random, previous: JsonSchema, maxDepth: number): JsonSchema {
  const next = structuredClone(previous);
  const spec = (next.properties as Record<string, JsonSchema>).spec!;
  const properties = spec.properties as Record<string, JsonSchema>;
  const names = Object.keys(properties);
  for (let i = random.int(0, 2); i > 0 && names.length > 1; i--) {
    const name = names.splice(random.int(0, names.length - 1), 1)[0]!;
    delete properties[name];
    if (Array.isArray(spec.required)) spec.required = (spec.required as string[]).filter((r) => r !== name);
  }
  const generator = new SchemaGenerator(random);
  for (let i = random.int(1, 3); i > 0; i--) {
    const name = fieldName(random);
    if (!properties[name]) properties[name] = generator.field(name, 0, maxDepth);
  }
  return next;
}
