import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unexportableSegment } from '../lib/export-names';
import { cachedFieldViews } from '../lib/site/field-views';
import { snapshotModel } from './model';
import type { ApiModel } from '../lib/model/types';
import { DOTS_GROUP, LONG_FIELD_PATH, writeBadNamesSnapshot } from './bad-names';

let dir: string;
let model: ApiModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bad-names-'));
  await writeBadNamesSnapshot(dir);
  model = await snapshotModel(dir);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// The e2e export test relies on this fixture holding what it is named for.
describe('the bad-names snapshot', () => {
  it('serves a group named ".." with a resource', () => {
    const group = model.groups.find((g) => g.name === DOTS_GROUP);
    expect(group?.versions[0]?.resources.map((r) => r.name)).toEqual(['dots']);
    expect(unexportableSegment('group', DOTS_GROUP)).toMatch(/not a file name/);
  });

  it('plans a field view whose path is longer than a file name may be', () => {
    const longs = model.groups.find((g) => g.name === 'long.example.com')!.versions[0]!.resources[0]!;
    const views = cachedFieldViews(model, longs);
    expect(views).toContain(LONG_FIELD_PATH);
    expect(new TextEncoder().encode(LONG_FIELD_PATH).length).toBeGreaterThan(255);
    expect(unexportableSegment('path', LONG_FIELD_PATH)).toMatch(/longer than a file name/);
  });
});
