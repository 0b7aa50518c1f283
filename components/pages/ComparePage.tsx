import { CompareView } from '@/components/compare/CompareView';
import { SourceNotes } from '@/components/compare/SourceNotes';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import type { Comparison } from '@/app/_routes/compare';
import { comparePath } from '@/lib/site/compare-paths';
import type { ApiModel } from '@/lib/model/types';
import { SITE_PAGES } from '@/lib/site/urls';

/** `/compare/FROM...TO`: what changed from one source to the other. */
export function ComparePage({ model, comparison }: { model: ApiModel; comparison: Comparison }) {
  const { from, to, diff } = comparison;
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'compare', href: SITE_PAGES.compare }, { label: `${from.name}...${to.name}` }]} />
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
