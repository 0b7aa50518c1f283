import type { ApiModel } from '../model/types';
import { servedIndexOf, type ServedIndex } from '../model/served-index';
import type { ClusterHealth, ClusterServed } from '../model/served-where';
import { healthOf } from './health';
import type { Source, SourceStatus } from './types';

/** One configured cluster: how to open a fresh, not yet loaded Source for it. */
export interface PoolEntry {
  name: string;
  open: () => Source;
}

export interface ClusterPoolOptions {
  /**
   * At most this many clusters keep their loaded model (besides the pinned
   * primary); the least recently used one is dropped when another loads.
   */
  maxLoaded: number;
  /**
   * The served-where views do not ask a cluster that failed to load again
   * before this many milliseconds (a hung server would hold every matrix
   * page for its timeout); its own pages always try.
   */
  retryFailedAfterMs: number;
  now?: () => number;
}

/**
 * Every configured cluster, each loaded on first use and cached on its own:
 * a site with many clusters holds at most `maxLoaded` full models (plus the
 * primary, which every unprefixed page needs) and, for every cluster that
 * ever loaded, its served summary (a few KB: lib/model/served-index.ts) and
 * its last health. Dropping a cluster drops its Source object and with it
 * the model and document cache; the next use opens a fresh Source, which
 * loads again (a snapshot from disk, a live cluster over the network).
 *
 * The least-recently-used order is a Map's insertion order: a dozen entries,
 * no TTL, one pinned entry and summaries that outlive eviction are simpler
 * written out than bent onto a general LRU library.
 */
export class ClusterPool {
  private readonly entries = new Map<string, PoolEntry>();
  /** Loaded (or loading) sources, least recently used first. */
  private readonly loaded = new Map<string, Source>();
  private readonly summaries = new Map<string, ServedIndex>();
  private readonly healths = new Map<string, ClusterHealth>();
  private readonly failedAt = new Map<string, number>();
  /** Summaries by model, so a model is summarized once however often it is asked for; does not keep models alive. */
  private readonly byModel = new WeakMap<ApiModel, ServedIndex>();

  constructor(
    entries: readonly PoolEntry[],
    private readonly pinned: Source,
    private readonly options: ClusterPoolOptions,
  ) {
    for (const entry of entries) this.entries.set(entry.name, entry);
    if (!this.entries.has(pinned.name)) this.entries.set(pinned.name, { name: pinned.name, open: () => pinned });
  }

  /** Every cluster's name, in configuration order (the primary first). */
  names(): string[] {
    return [...this.entries.keys()];
  }

  get primaryName(): string {
    return this.pinned.name;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** Clusters whose model is held now, least recently used first (for tests and diagnostics). */
  loadedNames(): string[] {
    return [this.pinned.name, ...[...this.loaded.keys()].filter((name) => name !== this.pinned.name)];
  }

  private sourceFor(name: string): Source | undefined {
    if (name === this.pinned.name) return this.pinned;
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    let source = this.loaded.get(name);
    if (source) this.loaded.delete(name);
    else source = entry.open();
    this.loaded.set(name, source);
    while (this.loaded.size > this.options.maxLoaded) {
      const oldest = this.loaded.keys().next().value;
      if (oldest === undefined) break;
      this.loaded.delete(oldest);
    }
    return source;
  }

  /** A cluster's status, loading it when needed; undefined for an unknown name. */
  async status(name: string): Promise<SourceStatus | undefined> {
    const source = this.sourceFor(name);
    if (!source) return undefined;
    const status = await source.status();
    this.healths.set(name, healthOf(status));
    if (status.model) this.failedAt.delete(name);
    else this.failedAt.set(name, (this.options.now ?? Date.now)());
    if (status.model) {
      let served = this.byModel.get(status.model);
      if (!served) {
        served = servedIndexOf(status.model);
        this.byModel.set(status.model, served);
      }
      this.summaries.set(name, served);
    }
    return status;
  }

  /** What the site last knew of a cluster, without loading it. */
  known(name: string): ClusterServed {
    const served = this.summaries.get(name);
    return { name, health: this.healths.get(name) ?? { state: 'unknown' }, ...(served ? { served } : {}) };
  }

  /**
   * Every cluster's summary and health for the served-where views. Loaded
   * clusters are asked again (a live one revalidates when due); clusters
   * never loaded are loaded one after another, so at most `maxLoaded` models
   * are held even the first time; clusters dropped since keep their last
   * summary; clusters that failed recently are not asked again.
   */
  async allServed(): Promise<ClusterServed[]> {
    const now = (this.options.now ?? Date.now)();
    const due = (name: string) => now - (this.failedAt.get(name) ?? Number.NEGATIVE_INFINITY) >= this.options.retryFailedAfterMs;
    const held = new Set(this.loadedNames());
    await Promise.all([...held].filter(due).map((name) => this.status(name)));
    for (const name of this.names()) {
      if (!held.has(name) && !this.summaries.has(name) && due(name)) await this.status(name);
    }
    return this.names().map((name) => this.known(name));
  }
}
