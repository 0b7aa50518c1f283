import { describe, expect, it } from 'vitest';
import { partitionExportable } from './export-names';

describe('which pages the static export can write', () => {
  it('skips names that cannot be a file or directory name, with the reason, and keeps the rest', () => {
    const long = `spec.${'veryLongFieldName.'.repeat(15)}end`;
    const { kept, skipped } = partitionExportable([
      { group: 'apps', version: 'v1' },
      { group: '..', version: 'v1' },
      { group: '.', version: 'v1' },
      { group: 'example.com', version: 'v1', resource: 'things', path: long },
      { group: 'example.com', version: 'v1', resource: 'things', path: 'spec.ok' },
      { slug: ['a', '..'] },
    ]);
    expect(kept).toEqual([
      { group: 'apps', version: 'v1' },
      { group: 'example.com', version: 'v1', resource: 'things', path: 'spec.ok' },
    ]);
    expect(skipped.map((s) => s.reason)).toEqual([
      'group ".." is not a file name',
      'group "." is not a file name',
      `path "${long.slice(0, 40)}…" is ${Buffer.byteLength(long)} bytes, longer than a file name may be (200)`,
      'slug ".." is not a file name',
    ]);
  });

  it('counts bytes, not characters, and percent-encoding as Next.js writes it', () => {
    const { skipped } = partitionExportable([{ name: 'é'.repeat(70) }, { name: 'é'.repeat(30) }]);
    expect(skipped).toHaveLength(1);
  });
});
