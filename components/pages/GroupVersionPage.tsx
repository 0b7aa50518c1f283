import { Breadcrumbs, type Crumb } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { ScopeBadge, StabilityBadge, VerbList } from '@/components/ui/Badges';
import { DerivedNote, GroupVersionLifecycle } from '@/components/ui/Lifecycle';
import { Problems } from '@/components/ui/Problems';
import { OpenApiTab, type TryItOffer } from '@/components/swagger/OpenApiTab';
import { SITE_PAGES, definitionPath, groupPath, resourcePath } from '@/lib/site/urls';
import type { ApiGroup, ApiGroupVersion, ApiModel } from '@/lib/model/types';
import { stabilityMeaning } from '@/lib/model/versions';
import { TableScroll } from '@/components/ui/TableScroll';

export function groupVersionCrumbs(group: ApiGroup, gv: ApiGroupVersion): Crumb[] {
  return group.name === ''
    ? [
        { label: 'api', href: groupPath('') },
        { label: gv.version, href: gv.path },
      ]
    : [
        { label: 'apis', href: SITE_PAGES.namedGroups },
        { label: group.name, href: group.path },
        { label: gv.version, href: gv.path },
      ];
}

/** Warnings that concern one group-version: failed or stale discovery. */
export function groupVersionProblems(model: ApiModel, gv: ApiGroupVersion) {
  return model.problems.filter((p) => p.group === gv.group && (p.version === undefined || p.version === gv.version));
}

/** `/api/v1` and `/apis/GROUP/VERSION`: the resources table of one group-version. */
export function GroupVersionPage({ model, group, gv, tryIt }: { model: ApiModel; group: ApiGroup; gv: ApiGroupVersion; tryIt: TryItOffer }) {
  const crumbs = groupVersionCrumbs(group, gv);
  return (
    <PageFrame model={model} current={{ group: group.name, version: gv.version }}>
      <Breadcrumbs items={crumbs.map((c, i) => (i === crumbs.length - 1 ? { label: c.label } : c))} />
      <h1>
        <bdi>{gv.groupVersion}</bdi> <StabilityBadge stability={gv.stability} group={group.name} />{' '}
        {gv.preferred ? <span className="badge badge-preferred">preferred</span> : null}
      </h1>
      <p className="lede">
        Objects of this group-version use <code>apiVersion: {gv.groupVersion}</code>; their collections are under <code>{gv.path}</code>.{' '}
        {stabilityMeaning(group.name, gv.stability)}
      </p>
      <OpenApiTab model={model} gv={gv} tryIt={tryIt}>
        <Problems problems={groupVersionProblems(model, gv)} />
        <GroupVersionLifecycle gv={gv} />
        <DerivedNote model={model} />
        {!gv.provenance.discovery ? (
          <div className="callout callout-warning">Discovery does not list this group-version; what is shown comes from the OpenAPI document.</div>
        ) : null}
        <h2 id="section-resources">Resources ({gv.resources.length})</h2>
        <TableScroll label="Resources">
          <table className="table resources-table">
            <thead>
              <tr>
                <th>Kind</th>
                <th>Name</th>
                <th>Scope</th>
                <th>Verbs</th>
                <th>Short names</th>
              </tr>
            </thead>
            <tbody>
              {gv.resources.map((r) => (
                <tr key={r.name} data-resource={r.name}>
                  <td>
                    <AppLink href={resourcePath(r)}>{r.kind || '(no kind)'}</AppLink>
                    {!r.definition ? (
                      <span className="tag tag-warning" title="The OpenAPI document has no schema for this kind">
                        no schema
                      </span>
                    ) : null}
                  </td>
                  <td>
                    <code>{r.name}</code>
                    {r.subresources.length > 0 ? (
                      <div className="muted small">
                        {r.subresources.map((s) => (
                          <div key={s.name}>
                            <code>
                              {r.name}/{s.name}
                            </code>
                          </div>
                        ))}
                      </div>
                    ) : null}
                  </td>
                  <td>
                    <ScopeBadge scope={r.scope} />
                  </td>
                  <td>
                    <VerbList verbs={r.verbs} />
                  </td>
                  <td>{r.shortNames.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        {gv.unlistedKinds.length > 0 ? (
          <>
            <h2 id="section-unlisted">Kinds with a schema but no resource</h2>
            <p className="muted">The OpenAPI document names these kinds in {gv.groupVersion}, but discovery lists no resource that serves them.</p>
            <ul>
              {gv.unlistedKinds.map((k) => (
                <li key={`${k.kind.kind} ${k.definition}`}>
                  <AppLink href={definitionPath(k.definition)}>{k.kind.kind}</AppLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </OpenApiTab>
    </PageFrame>
  );
}
