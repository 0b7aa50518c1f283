import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchApiDocuments } from '../lib/kube/documents';
import { buildModel } from '../lib/model/build';
import { findResource } from '../lib/model/lookup';
import type { ApiModel } from '../lib/model/types';
import { openSnapshot } from '../lib/snapshot/read';
import { exerciseModel } from './exercise-model';
import { hostileCrds, writeHostileSnapshot } from './hostile';

let dir: string;
let model: ApiModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-hostile-unit-'));
  const snapshot = path.join(dir, 'hostile-crds');
  await writeHostileSnapshot(snapshot);
  model = buildModel(await fetchApiDocuments(await openSnapshot(snapshot), { log: () => {} }));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the hostile snapshot', () => {
  it('parses every fixture CRD, current and previous', () => {
    expect(
      hostileCrds()
        .map((c) => c.metadata.name)
        .sort(),
    ).toEqual(['mirrors.bidi.hostile.atlas.test', 'payloads.hostile.atlas.test', 'xss.names.hostile.atlas.test']);
    expect(hostileCrds('previous').map((c) => c.metadata.name)).toEqual(['payloads.hostile.atlas.test']);
  });

  it('serves the hostile names in discovery and the schemas with their defaults and examples', () => {
    expect(findResource(model, 'names.hostile.atlas.test', 'v1', 'xss<svg onload=window.__pwned=1>')?.kind).toBe(
      'Xss<img src=x onerror=window.__pwned=1>',
    );
    const mode = (model.definitions['test.atlas.hostile.v1.Payload'] as { properties: { spec: { properties: { mode: Record<string, unknown> } } } })
      .properties.spec.properties.mode;
    expect(mode.default).toBe('<script>window.__pwned=1</script>');
    expect(mode.example).toBe('<img src=x onerror=window.__pwned=1>');
    expect(findResource(model, 'bidi.hostile.atlas.test', 'v1', 'mirrors')?.kind).toBe('Mirror\u202Edesrever');
  });

  it('every page computation copes with it', () => {
    expect(exerciseModel(model, { maxDefinitions: 2000, queries: ['xss', '<script>', '\u202E', 'Unbroken1x2x3x'] })).toBeGreaterThan(0);
  });
});
