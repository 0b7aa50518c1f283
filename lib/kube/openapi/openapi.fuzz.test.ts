/**
 * Fuzzing /openapi/v2 as JSON, and everything built from it: a real subset
 * of the Kubernetes 1.36 document (Deployment, ConfigMap and what they
 * use), mutated; made-up schema graphs whose `$ref`s point anywhere
 * (missing definitions, themselves, each other in cycles); a 10,000-long
 * `$ref` chain, 10,000-level inline nesting, huge strings. Decoding fails
 * only with a DecodeError; a decoded document builds a model and every page
 * computation on it (test-support/exercise-model.ts) without throwing.
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { buildModel } from '../../model/build';
import { exerciseModel } from '../../../test-support/exercise-model';
import { readFixtureJson } from '../../../test-support/fixtures';
import { bounded, ownErrorsOnly, preview, runs } from '../../../test-support/fuzz';
import { applyMutations, hostileValue, hugeToken, mutation, nestedText } from '../../../test-support/fuzz-inputs';
import { decodeOpenApiJson } from './json';

type Doc = Record<string, unknown> & { definitions: Record<string, unknown>; paths: Record<string, unknown> };

/** The definitions reachable from `roots` and the paths under `prefixes`, from a real document. */
function realSubset(doc: Doc, roots: string[], prefixes: string[]): Doc {
  const definitions: Record<string, unknown> = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (definitions[name] || !doc.definitions[name]) continue;
    definitions[name] = doc.definitions[name];
    for (const match of JSON.stringify(doc.definitions[name]).matchAll(/"#\/definitions\/([^"]+)"/g)) queue.push(match[1]!);
  }
  const paths = Object.fromEntries(Object.entries(doc.paths).filter(([p]) => prefixes.some((prefix) => p.startsWith(prefix))));
  return { ...doc, definitions, paths };
}

const full = readFixtureJson('kubernetes-1.36/openapi-v2.json') as Doc;
const subset = realSubset(
  full,
  ['io.k8s.api.apps.v1.Deployment', 'io.k8s.api.core.v1.ConfigMap', 'io.k8s.apimachinery.pkg.apis.meta.v1.Status'],
  ['/apis/apps/v1/namespaces/{namespace}/deployments', '/api/v1/namespaces/{namespace}/configmaps'],
);
const encoder = new TextEncoder();

/** Decodes `doc` (a value, or JSON text) from bytes as a server would send it; if it decodes, builds the model and runs every page computation. */
function decodeAndUse(doc: unknown): void {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  const decoded = ownErrorsOnly(
    () => decodeOpenApiJson(encoder.encode(text), 'fuzz'),
    () => preview(text),
  );
  if ('value' in decoded) {
    const model = ownErrorsOnly(
      () => buildModel({ source: 'fuzz', openapi: decoded.value, problems: [] }),
      () => preview(doc),
    );
    if ('value' in model) exerciseModel(model.value, { maxDefinitions: 20 });
  }
}

const swagger = (definitions: Record<string, unknown>, paths: Record<string, unknown> = {}) => ({
  swagger: '2.0',
  info: { title: 'fuzz', version: 'v0' },
  definitions,
  paths,
});

/** A resource path whose operations return `root`, so the model has a resource whose schema is `root`. */
const resourcePaths = (root: string) => ({
  '/apis/fuzz.example.com/v1/widgets': {
    get: {
      'x-kubernetes-action': 'list',
      'x-kubernetes-group-version-kind': { group: 'fuzz.example.com', version: 'v1', kind: 'Widget' },
      responses: { '200': { description: 'OK', schema: { $ref: `#/definitions/${root}` } } },
    },
  },
});
const widget = (schema: unknown) => ({
  ...(schema as object),
  'x-kubernetes-group-version-kind': [{ group: 'fuzz.example.com', version: 'v1', kind: 'Widget' }],
});

const NAMES = ['A', 'B', 'C', 'D', 'E'];
/** Schemas whose `$ref`s point at any of NAMES (cycles, self-references) or at nothing. */
const schemaGraph: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  schema: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ type: fc.constantFrom('string', 'integer', 'object', 'array', 'boolean', ['string', 'null'], 7) }, { requiredKeys: [] }),
    fc.record({
      $ref: fc.constantFrom(
        ...NAMES.map((n) => `#/definitions/${n}`),
        '#/definitions/missing',
        '#/definitions/%zz',
        'http://elsewhere/x',
        '#/parameters/A',
      ),
    }),
    fc.record({ allOf: fc.array(tie('schema'), { maxLength: 2 }) }),
    fc.record({ type: fc.constant('array'), items: tie('schema') }, { requiredKeys: [] }),
    fc.record({ type: fc.constant('object'), additionalProperties: fc.oneof(fc.boolean(), tie('schema')) }, { requiredKeys: [] }),
    fc.record(
      {
        type: fc.constant('object'),
        properties: fc.dictionary(fc.constantFrom('spec', 'status', 'items', 'a', 'b', '__proto__', 'constructor', 'x.y', ''), tie('schema'), {
          maxKeys: 4,
        }),
        required: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
        description: fc.string({ maxLength: 30 }),
        enum: fc.array(hostileValue, { maxLength: 3 }),
        default: hostileValue,
        'x-kubernetes-list-type': fc.constantFrom('map', 'set', 7),
      },
      { requiredKeys: ['properties'] },
    ),
  ),
})).schema;

describe('fuzzing /openapi/v2 (JSON) and the model built from it', () => {
  it('mutated real documents decode, or fail with a DecodeError, and what decodes works on every page', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        bounded(
          () => `openapi ${preview(mutations)}`,
          () => decodeAndUse(applyMutations(subset, mutations)),
        );
      }),
      { numRuns: runs(60) },
    );
  });

  it('any JSON value as the document', () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        bounded(
          () => `openapi value ${preview(value)}`,
          () => decodeAndUse(value),
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it('schema graphs with $refs anywhere: missing, self, cyclic, through allOf, items and maps', () => {
    fc.assert(
      fc.property(fc.tuple(...NAMES.map(() => schemaGraph)), (schemas) => {
        const definitions = Object.fromEntries(NAMES.map((name, i) => [name, i === 0 ? widget(schemas[i]) : schemas[i]]));
        bounded(
          () => `graph ${preview(definitions)}`,
          () => decodeAndUse(swagger(definitions, resourcePaths('A'))),
        );
      }),
      { numRuns: runs(150) },
    );
  });

  it('a 10,000-long $ref chain, a $ref cycle, 10,000-level nesting (properties, items, allOf), huge strings', () => {
    const chain: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++)
      chain[`D${i}`] = {
        type: 'object',
        properties: { next: { $ref: `#/definitions/D${i + 1}` }, list: { type: 'array', items: { $ref: `#/definitions/D${i + 1}` } } },
      };
    // Each level uses the next ten times: a diff that expands repeats would visit 10^depth fields.
    const wide: Record<string, unknown> = {};
    for (let i = 0; i < 30; i++)
      wide[`W${i}`] = {
        type: 'object',
        properties: Object.fromEntries(Array.from({ length: 10 }, (_, k) => [`f${k}`, { $ref: `#/definitions/W${i + 1}` }])),
      };
    const refOnly: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) refOnly[`R${i}`] = { $ref: `#/definitions/R${i + 1}` };
    // As text: JSON.stringify itself recurses, and a server sends text.
    const deepProperties = nestedText(10_000, '{"type":"object","properties":{"child":', '{"type":"string"}', '}}');
    const deepItems = nestedText(10_000, '{"type":"array","items":', '{"type":"string"}', '}');
    const deepAllOf = nestedText(10_000, '{"allOf":[', '{"$ref":"#/definitions/Root"}', ']}');
    const deepDocument = (root: string) =>
      `{"swagger":"2.0","info":{"title":"fuzz","version":"v0"},"paths":${JSON.stringify(resourcePaths('Root'))},"definitions":{"Root":{"x-kubernetes-group-version-kind":[{"group":"fuzz.example.com","version":"v1","kind":"Widget"}],"type":"object","properties":{"deep":${root}}}}}`;
    const huge = hugeToken(5_000_000);
    const cases: Array<[string, unknown]> = [
      [
        '$ref chain',
        swagger({ ...chain, Root: widget({ type: 'object', properties: { first: { $ref: '#/definitions/D0' } } }) }, resourcePaths('Root')),
      ],
      [
        'wide $ref DAG',
        swagger({ ...wide, Root: widget({ type: 'object', properties: { first: { $ref: '#/definitions/W0' } } }) }, resourcePaths('Root')),
      ],
      [
        '$ref-only chain',
        swagger({ ...refOnly, Root: widget({ type: 'object', properties: { first: { $ref: '#/definitions/R0' } } }) }, resourcePaths('Root')),
      ],
      [
        'self $ref',
        swagger({ Root: widget({ $ref: '#/definitions/Root', properties: { me: { $ref: '#/definitions/Root' } } }) }, resourcePaths('Root')),
      ],
      ['deep properties', deepDocument(deepProperties)],
      ['deep items', deepDocument(deepItems)],
      ['deep allOf', deepDocument(deepAllOf)],
      [
        'huge description, name, enum and default',
        swagger(
          {
            Root: widget({
              type: 'object',
              description: huge,
              properties: { [huge.slice(0, 100_000)]: { type: 'string', enum: [huge], default: huge } },
            }),
          },
          resourcePaths('Root'),
        ),
      ],
      ['huge path', swagger({}, { [`/apis/${huge}`]: { get: {} } })],
    ];
    for (const [name, doc] of cases)
      bounded(
        () => name,
        () => decodeAndUse(doc),
      );
  });
});
