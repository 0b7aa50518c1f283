import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { ScopeBadge, StabilityBadge, VerbList } from '@/components/ui/Badges';
import { kindsOf } from '@/lib/model/kinds';
import { definitionPath, resourcePath } from '@/lib/model/lookup';
import type { ApiModel } from '@/lib/model/types';
import { param } from '@/lib/route-params';
import { getModel } from '@/lib/source';
import { servedWhere as servedWhereOf } from '@/lib/served-route';
import { ServedWhereSection } from '@/components/clusters/ServedWhereSection';

export type Params = { kind: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `${param((await params).kind)} (kind)` };
}

/** `/kinds/KIND`: every group-version serving a kind, the preferred one marked. */
export default async function KindRoute({ params }: { params: Promise<Params> }) {
  const kind = param((await params).kind);
  const model = await getModel();
  const servings = kindsOf(model).get(kind);
  if (!servings) notFound();
  const servedWhere = await servedWhereOf({ type: 'kind', kind });
  const first = servings[0]!;
  return (
    <PageFrame model={model} current={{ group: first.gv.group, version: first.gv.version, isPage: false }}>
      <Breadcrumbs items={[{ label: 'kinds', href: '/kinds' }, { label: kind }]} />
      <h1>
        <bdi>{kind}</bdi> <span className="muted small">kind</span>
      </h1>
      <p className="lede">
        {servings.length === 1 ? 'One group-version serves' : `${servings.length} group-versions serve`} <code>{kind}</code>. An object names the one
        it uses in <code>apiVersion</code>; the server converts between versions of a group, and kubectl uses the group&apos;s preferred version
        unless told otherwise.
      </p>
      <div className="table-wrap">
        <table className="table kind-table">
          <thead>
            <tr>
              <th>apiVersion</th>
              <th>Resource</th>
              <th>Stability</th>
              <th>Scope</th>
              <th>Verbs</th>
              <th>Schema</th>
            </tr>
          </thead>
          <tbody>
            {servings.map(({ gv, resource }) => (
              <tr key={`${gv.groupVersion}/${resource.name}`} data-group-version={gv.groupVersion}>
                <td>
                  <AppLink href={gv.path}>{gv.groupVersion}</AppLink> {gv.preferred ? <span className="badge badge-preferred">preferred</span> : null}
                </td>
                <td>
                  <AppLink href={resourcePath(resource)}>{resource.name}</AppLink>
                </td>
                <td>
                  <StabilityBadge stability={gv.stability} />
                </td>
                <td>
                  <ScopeBadge scope={resource.scope} />
                </td>
                <td>
                  <VerbList verbs={resource.verbs} />
                </td>
                <td>
                  {resource.definition ? (
                    <AppLink href={definitionPath(resource.definition)}>{resource.definition}</AppLink>
                  ) : (
                    <span className="muted">none published</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ServedWhereSection view={servedWhere} what={<code>{kind}</code>} />
    </PageFrame>
  );
}

/** `/kinds`: every kind, with the group-versions serving it. */
export async function KindsIndexRoute() {
  const model = await getModel();
  const kinds = kindsOf(model);
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'kinds' }]} />
      <h1>Kinds ({kinds.size})</h1>
      <p className="lede">Every kind this source serves, with the group-versions that serve it; the preferred version is listed first.</p>
      <ul className="kind-list">
        {[...kinds].map(([kind, servings]) => (
          <li key={kind}>
            <AppLink href={`/kinds/${kind}`}>{kind}</AppLink> <span className="muted small">{servings.map((s) => s.gv.groupVersion).join(', ')}</span>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}

/** Every kind page, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return [...kindsOf(model).keys()].map((kind) => ({ kind }));
}
