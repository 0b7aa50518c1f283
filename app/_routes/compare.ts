import 'server-only';
import { notFound } from 'next/navigation';
import { comparePath, parseRange } from '@/lib/site/compare-paths';
import { coverage, type Coverage } from '@/lib/model/coverage';
import { diffModels, type ModelDiff, type ResourceRef } from '@/lib/model/diff';
import { findResource } from '@/lib/model/lookup';
import { resourcePath } from '@/lib/site/urls';
import type { ApiModel } from '@/lib/model/types';
import { param } from './params';
import { getRegistry, getSourceModel } from '@/lib/sources';
import { compareResourcePath } from '@/lib/site/compare-paths';

export interface Comparison {
  from: { name: string; model: ApiModel };
  to: { name: string; model: ApiModel };
  primary: string;
  /** Both sides report the same Kubernetes minor release: a cluster compared with its reference, not an upgrade. */
  sameRelease: boolean;
  diff: ModelDiff;
  coverage: Coverage;
  /** Where a resource of one side is shown: the main page when that side is the primary source, else its per-resource comparison. */
  hrefFrom(ref: ResourceRef): string;
  hrefTo(ref: ResourceRef): string;
}

const cache = new WeakMap<ApiModel, WeakMap<ApiModel, { diff: ModelDiff; coverage: Coverage }>>();

/** The diff of two models, computed once per pair of models (they only change when a live source reloads). */
function diffOf(from: ApiModel, to: ApiModel, names: { from: string; to: string }): { diff: ModelDiff; coverage: Coverage } {
  let inner = cache.get(from);
  if (!inner) {
    inner = new WeakMap();
    cache.set(from, inner);
  }
  let hit = inner.get(to);
  if (!hit) {
    hit = { diff: diffModels(from, to, names), coverage: coverage(to, from) };
    inner.set(to, hit);
  }
  return hit;
}

/** `v1.36.2` → `1.36`. */
function minorOf(model: ApiModel): string | undefined {
  return /^v?(\d+\.\d+)/.exec(model.kubernetesVersion ?? '')?.[1];
}

/** The comparison a `/compare/FROM...TO` route names, or the 404 page. */
export async function resolveComparison(rawRange: string): Promise<Comparison> {
  const range = parseRange(param(rawRange));
  if (!range || range.from === range.to) notFound();
  const [fromModel, toModel] = await Promise.all([getSourceModel(range.from), getSourceModel(range.to)]);
  if (!fromModel || !toModel) notFound();
  const primary = getRegistry().primary().name;
  const { diff, coverage: served } = diffOf(fromModel, toModel, range);
  const side = (name: string, model: ApiModel) => (ref: ResourceRef) =>
    name === primary && findResource(model, ref.group, ref.version, ref.name) ? resourcePath(ref) : compareResourcePath(range.from, range.to, ref);
  return {
    sameRelease: minorOf(fromModel) !== undefined && minorOf(fromModel) === minorOf(toModel),
    from: { name: range.from, model: fromModel },
    to: { name: range.to, model: toModel },
    primary,
    diff,
    coverage: served,
    hrefFrom: side(range.from, fromModel),
    hrefTo: side(range.to, toModel),
  };
}

/**
 * The one page a compare route lists when the export has a single source.
 * Next.js refuses an export in which a dynamic route lists no page at all;
 * this range names no pair, so it renders the not-found page (the /compare
 * index says there is nothing to compare).
 */
export const NO_COMPARISON_RANGE = 'none';

/** Every ordered pair of sources, for the export and the index page. */
export function comparisonPairs(names: readonly string[]): Array<{ from: string; to: string; path: string }> {
  return names.flatMap((from) => names.filter((to) => to !== from).map((to) => ({ from, to, path: comparePath(from, to) })));
}
