import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CompareResourcePage } from '@/components/pages/CompareResourcePage';
import { parseRange, parseResourceSegments } from '@/lib/site/compare-paths';
import { allResources, findResource } from '@/lib/model/lookup';
import { getBuildModels, getModel, isStaticExport } from '@/lib/sources';
import { comparisonPairs, NO_COMPARISON_RANGE, resolveComparison } from './compare';
import { exportable, param } from './params';

export type Params = { range: string; path: string[] };

function segmentsOf(r: { group: string; version: string; name: string }): string[] {
  return r.group === '' ? ['api', r.version, r.name] : ['apis', r.group, r.version, r.name];
}

/** In the export: every resource of either side of every pair. */
export async function generateStaticParams(): Promise<Params[]> {
  if (!isStaticExport()) return [];
  const models = new Map((await getBuildModels()).map((s) => [s.name, s.model]));
  let pages = comparisonPairs([...models.keys()]).flatMap(({ from, to }) => {
    const keys = new Map<string, string[]>();
    for (const r of [...allResources(models.get(from)!), ...allResources(models.get(to)!)]) keys.set(segmentsOf(r).join('/'), segmentsOf(r));
    return [...keys.values()].map((path) => ({ range: `${from}...${to}`, path }));
  });
  // A resource of a group named `..` would be written outside the comparison's folder.
  pages = exportable(pages);
  return pages.length > 0 ? pages : [{ range: NO_COMPARISON_RANGE, path: [NO_COMPARISON_RANGE] }];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { range, path } = await params;
  const names = parseRange(param(range));
  return { title: `${path.map(param).at(-1) ?? ''}: ${names ? `${names.from} → ${names.to}` : ''}` };
}

/** `/compare/FROM...TO/apis/G/V/R` and `/compare/FROM...TO/api/V/R`. */
export default async function CompareResourceRoute({ params }: { params: Promise<Params> }) {
  const { range, path } = await params;
  const target = parseResourceSegments(path.map(param));
  if (!target) notFound();
  const comparison = await resolveComparison(range);
  const fromResource = findResource(comparison.from.model, target.group, target.version, target.name);
  const toResource = findResource(comparison.to.model, target.group, target.version, target.name);
  if (!fromResource && !toResource) notFound();
  return <CompareResourcePage model={await getModel()} comparison={comparison} target={target} fromResource={fromResource} toResource={toResource} />;
}
