/**
 * Fuzzing the CRD parser and publisher: YAML text (real CRDs mutated as
 * text and as objects, anchors and aliases that make cycles, 10,000-level
 * nesting, huge strings, any text at all) is parsed into CRDs or rejected
 * with an AtlasError; whatever parses is published as kube-apiserver would
 * and the resulting documents build a model every page computation works on.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { buildModel } from '../model/build';
import { parseAggregatedDiscovery } from '../kube/discovery/aggregated';
import { checkOpenApiDocument } from '../kube/openapi/json';
import { exerciseModel } from '../../test-support/exercise-model';
import { CRDS } from '../../test-support/fixtures';
import { bounded, ownErrorsOnly, preview, runs } from '../../test-support/fuzz';
import { applyMutations, hugeToken, mutation, nestedText } from '../../test-support/fuzz-inputs';
import { parseCrdYaml, validateCrd } from './parse';
import { publishCrds } from './publish';
import type { CustomResourceDefinition } from './types';

const certificateYaml = readFileSync(path.join(CRDS, 'cert-manager/certificates.cert-manager.io.yaml'), 'utf8');
const certificate = parseCrdYaml(certificateYaml, 'fixture')[0]!;
const base = {
  aggregatedApis: { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', items: [] as unknown[] },
  legacyApis: { kind: 'APIGroupList', apiVersion: 'v1', groups: [] as Array<{ name: string }> },
  openapi: { swagger: '2.0', info: { title: 'fuzz', version: 'v0' }, paths: {}, definitions: {} },
};

/** Publishes `crds`, reads the published documents back through the real parsers, builds the model and uses it. */
function publishAndUse(crds: CustomResourceDefinition[]): void {
  const published = publishCrds(base, crds);
  const discovery = parseAggregatedDiscovery(JSON.parse(JSON.stringify(published.aggregatedApis)), 'fuzz', 'aggregated-v2');
  const openapi = checkOpenApiDocument(JSON.parse(JSON.stringify(published.openapi)), 'fuzz');
  exerciseModel(buildModel({ source: 'fuzz', discovery, openapi, problems: [] }), { maxDefinitions: 5 });
}

function parseAndUse(text: string): void {
  const parsed = ownErrorsOnly(
    () => parseCrdYaml(text, 'fuzz.yaml'),
    () => preview(text),
  );
  if ('value' in parsed) {
    const used = ownErrorsOnly(
      () => publishAndUse(parsed.value),
      () => preview(text),
    );
    if ('error' in used) throw new Error(`a CRD that parsed failed to publish: ${used.error.message}`);
  }
}

describe('fuzzing the CRD parser and publisher', () => {
  it('mutated real CRDs (as objects) validate or fail with a DecodeError, and valid ones publish', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input = applyMutations(certificate, mutations);
        bounded(
          () => `crd ${preview(mutations)}`,
          () => {
            const crd = ownErrorsOnly(
              () => validateCrd(input, 'fuzz'),
              () => preview(mutations),
            );
            if ('value' in crd) publishAndUse([crd.value]);
          },
        );
      }),
      { numRuns: runs(60) },
    );
  });

  it('mutated real CRD YAML text, and any text', () => {
    const edit = fc.record({
      at: fc.nat(),
      length: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.constantFrom('\n', ': ', '- ', '&a ', '*a', '!!binary ', '{', '[', '"', "'", '\t', '---\n', '<<: *a\n'),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = certificateYaml;
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.length);
        }
        bounded(
          () => `crd yaml ${preview(edits)}`,
          () => parseAndUse(text),
        );
      }),
      { numRuns: runs(40) },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        bounded(
          () => `crd text ${preview(text)}`,
          () => parseAndUse(text),
        );
      }),
      { numRuns: runs(100) },
    );
  });

  it('YAML aliases that make a schema contain itself, alias bombs, 10,000-level nesting, huge strings', () => {
    const header = `apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: widgets.fuzz.example.com}\nspec:\n  group: fuzz.example.com\n  scope: Namespaced\n  names: {plural: widgets, kind: Widget}\n  versions:\n  - name: v1\n    served: true\n    storage: true\n    schema:\n      openAPIV3Schema: `;
    const cases: Array<[string, string]> = [
      ['self-referencing schema', `${header}&s {type: object, properties: {spec: *s, items: {type: array, items: *s}}}\n`],
      [
        'alias bomb',
        `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n`,
      ],
      ['10,000-level nesting (flow)', `${header}${nestedText(10_000, '{type: object, properties: {child: ', '{type: string}', '}}')}\n`],
      [
        '10,000-level nesting (JSON)',
        JSON.stringify({ ...certificate, spec: { ...certificate.spec, versions: [] } }).replace(
          '"versions":[]',
          `"versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":${nestedText(10_000, '{"type":"object","properties":{"child":', '{"type":"string"}', '}}')}}}]`,
        ),
      ],
      [
        'huge description and field name',
        stringify({
          ...certificate,
          spec: {
            ...certificate.spec,
            versions: [
              {
                name: 'v1',
                served: true,
                storage: true,
                schema: {
                  openAPIV3Schema: {
                    type: 'object',
                    description: hugeToken(2_000_000),
                    properties: { [hugeToken(50_000, 'k')]: { type: 'string', enum: [hugeToken(100_000)] } },
                  },
                },
              },
            ],
          },
        }),
      ],
    ];
    for (const [name, text] of cases)
      bounded(
        () => name,
        () => parseAndUse(text),
      );
  });

  it('a CRD whose group is built in is skipped, not merged over the built-in group', () => {
    const clash = { ...certificate, metadata: { name: 'pods.apps' }, spec: { ...certificate.spec, group: 'apps' } };
    const published = publishCrds({ ...base, legacyApis: { ...base.legacyApis, groups: [{ name: 'apps' }] } }, [clash]);
    expect(published.skipped).toEqual(['pods.apps']);
  });
});
