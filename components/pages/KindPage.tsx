import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { ScopeBadge, StabilityBadge, VerbList } from '@/components/ui/Badges';
import { kindsOf, type KindServing } from '@/lib/model/kinds';
import { SITE_PAGES, definitionPath, kindPath, resourcePath } from '@/lib/site/urls';
import type { ApiModel } from '@/lib/model/types';
import type { ServedWhereView } from '@/lib/served-route';
import { ServedWhereSection } from '@/components/clusters/ServedWhereSection';
import { crdDetailsOf } from '@/components/resource/CrdDetailsSection';

/** For kinds defined by CRDs: the CRD, its storage version, and versions it defines but does not serve (no page of their own). */
function CrdVersionsNote({ model, servings }: { model: ApiModel; servings: KindServing[] }) {
  const crds = new Map(
    servings.flatMap(({ gv, resource }) => {
      const details = crdDetailsOf(model.crdDetails, gv.group, resource.name);
      return details ? [[details.name, details] as const] : [];
    }),
  );
  if (crds.size === 0) return null;
  return (
    <ul className="small" data-crd-kind-note>
      {[...crds.values()].map((crd) => {
        const unserved = crd.versions.filter((v) => !v.served);
        return (
          <li key={crd.name}>
            Defined by the CRD <code>{crd.name}</code> ({crd.origin}); stored as <code>{crd.storageVersion ?? '—'}</code>
            {unserved.length > 0 ? (
              <>
                ; also defines, not served:{' '}
                {unserved.map((v) => (
                  <code key={v.name}>
                    {v.name}
                    {v.deprecated ? ' (deprecated)' : ''}{' '}
                  </code>
                ))}
              </>
            ) : null}
            .
          </li>
        );
      })}
    </ul>
  );
}

/** `/kinds/KIND`: every group-version serving a kind, the preferred one marked, and which cluster serves it. */
export function KindPage({
  model,
  kind,
  servings,
  servedWhere,
}: {
  model: ApiModel;
  kind: string;
  servings: KindServing[];
  servedWhere?: ServedWhereView;
}) {
  const first = servings[0]!;
  return (
    <PageFrame model={model} current={{ group: first.gv.group, version: first.gv.version, isPage: false }}>
      <Breadcrumbs items={[{ label: 'kinds', href: SITE_PAGES.kinds }, { label: kind }]} />
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
                  {crdDetailsOf(model.crdDetails, gv.group, resource.name)?.storageVersion === gv.version ? (
                    <span className="badge badge-scope" title="objects are stored in etcd as this version" data-storage-version>
                      storage
                    </span>
                  ) : null}
                </td>
                <td>
                  <AppLink href={resourcePath(resource)}>{resource.name}</AppLink>
                </td>
                <td>
                  <StabilityBadge stability={gv.stability} group={gv.group} />
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
      <CrdVersionsNote model={model} servings={servings} />
      <ServedWhereSection view={servedWhere} what={<code>{kind}</code>} />
    </PageFrame>
  );
}

/** `/kinds`: every kind, with the group-versions serving it. */
export function KindsPage({ model }: { model: ApiModel }) {
  const kinds = kindsOf(model);
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'kinds' }]} />
      <h1>Kinds ({kinds.size})</h1>
      <p className="lede">Every kind this source serves, with the group-versions that serve it; the preferred version is listed first.</p>
      <ul className="kind-list">
        {[...kinds].map(([kind, servings]) => (
          <li key={kind}>
            <AppLink href={kindPath(kind)}>{kind}</AppLink> <span className="muted small">{servings.map((s) => s.gv.groupVersion).join(', ')}</span>
          </li>
        ))}
      </ul>
    </PageFrame>
  );
}
