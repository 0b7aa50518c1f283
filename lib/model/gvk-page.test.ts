import { describe, expect, it } from 'vitest';
import { GVK_PAGE_SIZE, gvkPage, gvkQuery, readGvkQuery } from './gvk-page';
import type { GvkServing } from './served-gvks';

/** `n` GVKs `Kind0…` of group `g.example`, served by "a" and, every other one, by "b" too. */
function gvks(n: number): GvkServing[] {
  return Array.from({ length: n }, (_, i) => ({
    group: 'g.example',
    version: 'v1',
    kind: `Kind${i}`,
    apiVersion: 'g.example/v1',
    resources: [`kind${i}s`],
    servedBy:
      i % 2 === 0
        ? [
            { cluster: 'a', preferred: true, deprecated: false },
            { cluster: 'b', preferred: true, deprecated: false },
          ]
        : [{ cluster: 'a', preferred: true, deprecated: false }],
    missingFrom: i % 2 === 0 ? [] : ['b'],
    unknownOn: [],
  }));
}

describe('the filter of /served, read from the address', () => {
  it('reads words, availability, cluster and page; anything unknown reads as no filter, page 1', () => {
    expect(readGvkQuery({ q: ' deploy ', served: 'not-everywhere', cluster: 'prod', page: '3' })).toEqual({
      filter: { text: 'deploy', availability: 'not-everywhere', cluster: 'prod' },
      page: 3,
    });
    expect(readGvkQuery({ served: 'sometimes', page: '-2' })).toEqual({ filter: { text: '', availability: 'any', cluster: '' }, page: 1 });
    expect(readGvkQuery({ q: ['first', 'second'], page: 'x' }).filter.text).toBe('first');
    expect(readGvkQuery({ page: '1e3' }).page).toBe(1);
  });

  it('writes back only what filters, so the next page keeps the filter', () => {
    expect(gvkQuery({ text: 'a b', availability: 'any', cluster: '' })).toBe('?q=a+b');
    expect(gvkQuery({ text: '', availability: 'everywhere', cluster: 'c/d' }, 2)).toBe('?served=everywhere&cluster=c%2Fd&page=2');
    expect(gvkQuery({}, 1)).toBe('');
    const back = readGvkQuery(Object.fromEntries(new URLSearchParams(gvkQuery({ text: 'x', availability: 'not-everywhere', cluster: 'b' }, 4))));
    expect(back).toEqual({ filter: { text: 'x', availability: 'not-everywhere', cluster: 'b' }, page: 4 });
  });
});

describe('a page of the every-GVK list', () => {
  it('shows at most a page of rows, and counts what the filter keeps on all pages', () => {
    const all = gvks(2032);
    const first = gvkPage(all, {}, 1);
    expect(first.rows).toHaveLength(GVK_PAGE_SIZE);
    expect(first).toMatchObject({ matched: 2032, page: 1, pages: Math.ceil(2032 / GVK_PAGE_SIZE), offset: 0 });
    const last = gvkPage(all, {}, first.pages);
    expect(last.rows.map((g) => g.kind).at(-1)).toBe('Kind2031');
    expect(last.offset + last.rows.length).toBe(2032);
  });

  it('filters before paging, and clamps a page past the end to the last one', () => {
    const everywhere = gvkPage(gvks(2032), { availability: 'everywhere' }, 99);
    expect(everywhere.matched).toBe(1016);
    expect(everywhere.pages).toBe(Math.ceil(1016 / GVK_PAGE_SIZE));
    expect(everywhere.page).toBe(everywhere.pages);
    expect(everywhere.rows.every((g) => g.missingFrom.length === 0)).toBe(true);
    const none = gvkPage(gvks(10), { text: 'nothing' }, 1);
    expect(none).toMatchObject({ rows: [], matched: 0, page: 1, pages: 1 });
  });
});
