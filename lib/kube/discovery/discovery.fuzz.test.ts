/**
 * Fuzzing discovery: aggregated (apidiscovery.k8s.io/v2) and legacy
 * documents, as parsed values and as bytes a server answers with, mutated
 * from the real Kubernetes 1.36 documents or made up from scratch. Every
 * case must parse or fail with the project's own error type, within the
 * hang guard's limit; whatever parses must build a model the pages can use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../model/build';
import { exerciseModel } from '../../../test-support/exercise-model';
import { json, memoryTransport, readFixtureJson } from '../../../test-support/fixtures';
import { bounded, boundedAsync, ownErrorsOnly, ownErrorsOnlyAsync, preview, runs } from '../../../test-support/fuzz';
import { applyMutations, hostileValue, hugeToken, mutation, nested } from '../../../test-support/fuzz-inputs';
import { fetchApiDocuments } from '../documents';
import { ACCEPT_AGGREGATED_V2 } from '../media-type';
import { parseAggregatedDiscovery } from './aggregated';
import { parseApiGroupList, parseApiResourceList, parseApiVersions } from './legacy';

const aggregated = readFixtureJson('kubernetes-1.36/discovery/aggregated_v2.json');
const aggregatedCore = readFixtureJson('kubernetes-1.36/discovery/aggregated_v2_core.json');
const groupList = readFixtureJson('kubernetes-1.36/discovery/legacy/apis.json');
const apiVersions = readFixtureJson('kubernetes-1.36/discovery/legacy/api.json');
const resourceList = readFixtureJson('kubernetes-1.36/discovery/legacy/apis__apps__v1.json');

const parsers: Array<[string, unknown, (value: unknown) => unknown]> = [
  ['aggregated /apis', aggregated, (v) => parseAggregatedDiscovery(v, 'fuzz', 'aggregated-v2')],
  ['aggregated /api', aggregatedCore, (v) => parseAggregatedDiscovery(v, 'fuzz', 'aggregated-v2')],
  ['legacy APIGroupList', groupList, (v) => parseApiGroupList(v, 'fuzz')],
  ['legacy APIVersions', apiVersions, (v) => parseApiVersions(v, 'fuzz')],
  ['legacy APIResourceList', resourceList, (v) => parseApiResourceList(v, 'fuzz', 'apps', 'v1')],
];

describe('fuzzing the discovery parsers', () => {
  for (const [name, real, parse] of parsers) {
    it(`${name}: mutated real documents parse or fail with a DecodeError`, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          const input = applyMutations(real, mutations);
          bounded(
            () => `${name} ${preview(mutations)}`,
            () =>
              ownErrorsOnly(
                () => parse(input),
                () => preview(mutations),
              ),
          );
        }),
        { numRuns: runs(150) },
      );
    });

    it(`${name}: any JSON value parses or fails with a DecodeError`, () => {
      fc.assert(
        fc.property(hostileValue, (input) => {
          bounded(
            () => `${name} ${preview(input)}`,
            () =>
              ownErrorsOnly(
                () => parse(input),
                () => preview(input),
              ),
          );
        }),
        { numRuns: runs(100) },
      );
    });
  }

  it('10,000-level nesting and huge strings in every field', () => {
    const deep = nested(10_000, (inner) => ({ items: [inner] }), {});
    const huge = hugeToken(5_000_000);
    for (const [name, real, parse] of parsers) {
      for (const input of [
        deep,
        applyMutations(real, [{ steps: [1, 0, 1, 0, 1, 0], op: 'replace', value: deep }]),
        applyMutations(real, [{ steps: [1, 0, 1], op: 'replace', value: huge }]),
      ]) {
        bounded(
          () => `${name} deep/huge`,
          () => ownErrorsOnly(() => parse(input)),
        );
      }
    }
  });
});

describe('fuzzing discovery end to end: hostile server answers → documents → model → every page computation', () => {
  const openapi = { swagger: '2.0', info: { title: 'fuzz', version: 'v0' }, paths: {}, definitions: {} };
  it('bytes of mutated aggregated discovery load as a source with problems, or fail with the source named', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.array(mutation, { maxLength: 2 }),
        async (apisMutations, apiMutations) => {
          const transport = memoryTransport({
            '/api': () => json(applyMutations(aggregatedCore, apiMutations), ACCEPT_AGGREGATED_V2),
            '/apis': () => json(applyMutations(aggregated, apisMutations), ACCEPT_AGGREGATED_V2),
            '/openapi/v2': () => json(openapi),
          });
          await boundedAsync(
            () => `discovery end to end ${preview([apisMutations, apiMutations])}`,
            async () => {
              const loaded = await ownErrorsOnlyAsync(
                () => fetchApiDocuments(transport, { log: () => {} }),
                () => preview(apisMutations),
              );
              if ('value' in loaded) exerciseModel(buildModel(loaded.value), { maxDefinitions: 5 });
            },
          );
        },
      ),
      { numRuns: runs(40) },
    );
  });

  it('legacy discovery with mutated group lists and resource lists', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const transport = memoryTransport({
          '/api': () => json(apiVersions),
          '/api/v1': () => json({ kind: 'APIResourceList', groupVersion: 'v1', resources: [] }),
          '/apis': () =>
            json(
              applyMutations(
                {
                  kind: 'APIGroupList',
                  groups: [
                    {
                      name: 'apps',
                      versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
                      preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
                    },
                  ],
                },
                mutations,
              ),
            ),
          '/apis/apps/v1': () => json(applyMutations(resourceList, mutations)),
          '/openapi/v2': () => json(openapi),
        });
        await boundedAsync(
          () => `legacy end to end ${preview(mutations)}`,
          async () => {
            const loaded = await ownErrorsOnlyAsync(
              () => fetchApiDocuments(transport, { log: () => {} }),
              () => preview(mutations),
            );
            if ('value' in loaded) exerciseModel(buildModel(loaded.value), { maxDefinitions: 5 });
          },
        );
      }),
      { numRuns: runs(40) },
    );
  });

  it('bodies that are not JSON at all', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (body) => {
        const transport = memoryTransport({
          '/api': () => ({ status: 200, headers: { 'content-type': ACCEPT_AGGREGATED_V2 }, body }),
          '/apis': () => ({ status: 200, headers: { 'content-type': 'application/json' }, body }),
          '/openapi/v2': () => ({ status: 200, headers: { 'content-type': 'application/json' }, body }),
        });
        const loaded = await boundedAsync(
          () => `bytes ${preview(body)}`,
          () => ownErrorsOnlyAsync(() => fetchApiDocuments(transport, { log: () => {} })),
        );
        expect('error' in loaded && loaded.error.message).toMatch(/memory/);
      }),
      { numRuns: runs(60) },
    );
  });
});
