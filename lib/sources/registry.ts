import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AtlasConfig, SourceConfig } from '../config';
import { AtlasError } from '../errors';
import { displayServer } from '../kube/live/endpoint';
import { instrumentTransport } from '../observability/instrumented-transport';
import { CrdDirectorySource } from './crd-source';
import { LiveSource } from './live-source';
import { SnapshotSource } from './snapshot-source';
import type { Source } from './types';

/** Where a live source connects, without credentials, for the UI. */
function locationOf(config: Exclude<SourceConfig, { kind: 'snapshot' | 'crds' }>): string {
  switch (config.kind) {
    case 'url':
      return displayServer(new URL(config.url));
    case 'in-cluster':
      return 'in-cluster service account';
    case 'kubeconfig':
      return `kubeconfig context ${config.context ?? '(current)'}`;
  }
}

/** Makes the Source a configuration entry names. Live sources load their connection code lazily. */
export function createSource(config: SourceConfig, settings: AtlasConfig['live']): Source {
  if (config.kind === 'snapshot') return new SnapshotSource(config.name, config.directory);
  if (config.kind === 'crds') return new CrdDirectorySource(config.name, config.directory, config.base);
  return new LiveSource(config.name, {
    refreshSeconds: settings.refreshSeconds,
    location: locationOf(config),
    connect: async () => {
      const { openLiveTransport } = await import('../kube/live/connect');
      return instrumentTransport(await openLiveTransport(config, settings), config.name);
    },
  });
}

/**
 * Every snapshot directory (one holding manifest.json) in `root`, except
 * those already configured or whose name is taken: offered for comparison.
 */
export function snapshotsIn(root: string, configured: readonly SourceConfig[]): SourceConfig[] {
  if (!existsSync(root)) return [];
  const names = new Set(configured.map((s) => s.name));
  const directories = new Set(configured.flatMap((s) => (s.kind === 'snapshot' ? [path.resolve(s.directory)] : [])));
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, 'manifest.json')))
    .map((entry): SourceConfig => ({ kind: 'snapshot', name: entry.name, directory: path.join(root, entry.name) }))
    .filter((s) => s.kind === 'snapshot' && !names.has(s.name) && !directories.has(path.resolve(s.directory)))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Every configured source, primary first, then `ATLAS_SOURCES` or the snapshots offered for comparison. */
export function configuredSources(config: AtlasConfig): SourceConfig[] {
  const configured = [...config.sources];
  if (config.snapshotsRoot) configured.push(...snapshotsIn(config.snapshotsRoot, configured));
  return configured;
}

/**
 * The named sources of this process, one of them primary (the one the main
 * pages show). Today the configuration names one source; comparing several
 * (snapshots and live clusters side by side) only adds entries here.
 */
export class SourceRegistry {
  private readonly byName = new Map<string, Source>();

  constructor(
    sources: readonly Source[],
    private readonly primaryName: string,
  ) {
    for (const source of sources) {
      if (this.byName.has(source.name)) throw new AtlasError('configuration', `two sources are named "${source.name}"`);
      this.byName.set(source.name, source);
    }
    if (!this.byName.has(primaryName)) throw new AtlasError('configuration', `the primary source "${primaryName}" is not configured`);
  }

  static fromConfig(config: AtlasConfig): SourceRegistry {
    const sources = configuredSources(config).map((s) => createSource(s, config.live));
    return new SourceRegistry(sources, sources[0]!.name);
  }

  primary(): Source {
    return this.byName.get(this.primaryName)!;
  }

  get(name: string): Source | undefined {
    return this.byName.get(name);
  }

  list(): Source[] {
    return [...this.byName.values()];
  }
}
