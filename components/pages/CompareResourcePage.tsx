import { ResourceCompare } from '@/components/compare/ResourceCompare';
import { SourceNotes } from '@/components/compare/SourceNotes';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import type { Comparison } from '@/app/_routes/compare';
import { comparePath } from '@/lib/site/compare-paths';
import type { ApiModel, ApiResource } from '@/lib/model/types';
import { SITE_PAGES } from '@/lib/site/urls';

type ResourceTarget = { group: string; version: string; name: string };

/** `/compare/FROM...TO/apis/G/V/R`: one resource on both sides. */
export function CompareResourcePage({
  model,
  comparison,
  target,
  fromResource,
  toResource,
}: {
  model: ApiModel;
  comparison: Comparison;
  target: ResourceTarget;
  /** The resource on each side; at least one of them exists. */
  fromResource: ApiResource | undefined;
  toResource: ApiResource | undefined;
}) {
  const kind = (toResource ?? fromResource)?.kind || target.name;
  const { from, to, primary } = comparison;
  return (
    <PageFrame model={model}>
      <Breadcrumbs
        items={[
          { label: 'compare', href: SITE_PAGES.compare },
          { label: `${from.name}...${to.name}`, href: comparePath(from.name, to.name) },
          { label: target.group ? `${target.group}/${target.version}` : target.version },
          { label: target.name },
        ]}
      />
      <h1>
        <bdi>{kind}</bdi>: <bdi>{from.name}</bdi> → <bdi>{to.name}</bdi>
      </h1>
      <SourceNotes sides={[from, to]} />
      <ResourceCompare
        from={{ ...from, ...(fromResource ? { resource: fromResource } : {}), primary: from.name === primary }}
        to={{ ...to, ...(toResource ? { resource: toResource } : {}), primary: to.name === primary }}
        target={target}
      />
    </PageFrame>
  );
}
