import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config';
import { PROJECT_ROOT } from '../../test-support/fixtures';
import { SourceRegistry, snapshotsIn } from './registry';

describe('the source registry', () => {
  it('offers every embedded snapshot for comparison, primary first', () => {
    const root = path.join(PROJECT_ROOT, 'snapshots');
    const registry = SourceRegistry.fromConfig({ ...readConfig({}), snapshotsRoot: root });
    expect(registry.primary().name).toBe('kubernetes-1.36');
    expect(registry.list().map((s) => s.name)).toEqual(['kubernetes-1.36', 'kubernetes-1.28']);
  });

  it('does not offer a snapshot twice or under a taken name', () => {
    const root = path.join(PROJECT_ROOT, 'snapshots');
    expect(
      snapshotsIn(root, [{ kind: 'snapshot', name: 'kubernetes-1.36', directory: path.join(root, 'kubernetes-1.36') }]).map((s) => s.name),
    ).toEqual(['kubernetes-1.28']);
    expect(snapshotsIn(root, [{ kind: 'url', name: 'kubernetes-1.28', url: 'http://x' }]).map((s) => s.name)).toEqual(['kubernetes-1.36']);
    expect(snapshotsIn('/no/such/dir', [])).toEqual([]);
  });

  it('loads every source and refuses two sources with one name', async () => {
    const registry = SourceRegistry.fromConfig(readConfig({ ATLAS_SOURCES: 'snapshots/kubernetes-1.28' }));
    const statuses = await Promise.all(registry.list().map((s) => s.status()));
    expect(statuses.map((s) => [s.name, s.model?.groups.length])).toEqual([
      ['kubernetes-1.36', 23],
      ['kubernetes-1.28', 22],
    ]);
    expect(() => SourceRegistry.fromConfig(readConfig({ ATLAS_SOURCES: 'kubernetes-1.36=snapshots/kubernetes-1.28' }))).toThrow(
      /two sources are named "kubernetes-1.36"/,
    );
  });
});
