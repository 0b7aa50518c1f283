/**
 * Fuzzing search: any query (typos, regex and glob characters, Unicode,
 * direction overrides, a megabyte of text) against the Kubernetes 1.36 index
 * returns results without throwing, and every result links to a site path.
 * Indexes of hostile models are covered by the OpenAPI, protobuf, CRD and
 * discovery fuzz tests (test-support/exercise-model.ts builds and queries one).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { embeddedModel } from '../../test-support/model';
import { bounded, preview, runs } from '../../test-support/fuzz';
import { hugeToken } from '../../test-support/fuzz-inputs';
import { buildSearchIndex } from './build-index';
import { AtlasSearch } from './search';

let search: AtlasSearch;
beforeAll(async () => {
  search = new AtlasSearch(JSON.parse(JSON.stringify(buildSearchIndex(await embeddedModel()))));
});

const query = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        'pod',
        'spec',
        '.',
        'containers',
        'deploy',
        '*',
        '(',
        '[',
        '\\',
        '$',
        '^',
        '?',
        ' ',
        '  ',
        '\u202e',
        '\u0000',
        'ﬀ',
        'İ',
        '…',
        'tolerations',
        'apps/v1',
        'x'.repeat(64),
      ),
      { maxLength: 10 },
    )
    .map((parts) => parts.join('')),
);

describe('fuzzing search queries', () => {
  it('any query returns results that link to site paths', () => {
    fc.assert(
      fc.property(query, (q) => {
        const results = bounded(
          () => `query ${preview(q)}`,
          () => search.search(q),
        );
        for (const result of results) expect(result.href).toMatch(/^\//);
      }),
      { numRuns: runs(300) },
    );
  });

  it('huge queries: a megabyte of one token, of dots, of spaces', () => {
    for (const q of [hugeToken(1_000_000), '.'.repeat(1_000_000), ' '.repeat(1_000_000), hugeToken(1_000_000, 'spec.')]) {
      bounded(
        () => `huge query ${q.slice(0, 10)}`,
        () => search.search(q),
      );
    }
  });
});
