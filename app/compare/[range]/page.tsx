import type { Metadata } from 'next';
import { CompareView } from '@/components/compare/CompareView';
import { SourceNotes } from '@/components/compare/SourceNotes';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { comparisonPairs, NO_COMPARISON_RANGE, resolveComparison } from '@/lib/compare-route';
import { comparePath, parseRange } from '@/lib/model/compare-paths';
import { param } from '@/lib/route-params';
import { getBuildModels, getModel, isStaticExport } from '@/lib/source';

type Params = { range: string };

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

export default async function CompareRoute({ params }: { params: Promise<Params> }) {
  const comparison = await resolveComparison((await params).range);
  const model = await getModel();
  const { from, to, diff } = comparison;
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'compare', href: '/compare' }, { label: `${from.name}...${to.name}` }]} />
      <h1>
        {from.name} → {to.name}
      </h1>
      <p className="lede">
        What changed from <strong>{from.name}</strong>
        {from.model.kubernetesVersion ? ` (${from.model.kubernetesVersion})` : ''} to <strong>{to.name}</strong>
        {to.model.kubernetesVersion ? ` (${to.model.kubernetesVersion})` : ''}: group-versions, resources, verbs and every schema field. Read it as an
        upgrade from the first to the second, or as what the second cluster serves compared with the first.{' '}
        <AppLink href={comparePath(to.name, from.name)}>Swap sides</AppLink>.
      </p>
      <SourceNotes sides={[from, to]} />
      <CompareView
        diff={diff}
        coverage={comparison.coverage}
        sameRelease={comparison.sameRelease}
        links={{ from: comparison.hrefFrom, to: comparison.hrefTo }}
      />
    </PageFrame>
  );
}
