import type { Metadata } from 'next';
import { ComparePage } from '@/components/pages/ComparePage';
import { parseRange } from '@/lib/site/compare-paths';
import { getBuildModels, getModel, isStaticExport } from '@/lib/sources';
import { comparisonPairs, NO_COMPARISON_RANGE, resolveComparison } from './compare';
import { param } from './params';

export type Params = { range: string };

/** Every ordered pair of sources in the export; the server renders any pair on request. */
export async function generateStaticParams(): Promise<Params[]> {
  if (!isStaticExport()) return [];
  const pairs = comparisonPairs((await getBuildModels()).map((s) => s.name)).map((p) => ({ range: `${p.from}...${p.to}` }));
  return pairs.length > 0 ? pairs : [{ range: NO_COMPARISON_RANGE }];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const range = parseRange(param((await params).range));
  return { title: range ? `${range.from} → ${range.to}` : 'Compare' };
}

/** `/compare/FROM...TO`. */
export default async function CompareRoute({ params }: { params: Promise<Params> }) {
  const comparison = await resolveComparison((await params).range);
  return <ComparePage model={await getModel()} comparison={comparison} />;
}
