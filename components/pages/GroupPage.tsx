import { ServedWhereSection } from '@/components/clusters/ServedWhereSection';
import type { ServedWhereView } from '@/components/clusters/ServedWhereSection';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { StabilityBadge, VerbList } from '@/components/ui/Badges';
import { Problems } from '@/components/ui/Problems';
import { SITE_PAGES, resourcePath } from '@/lib/site/urls';
import type { ApiGroup, ApiModel } from '@/lib/model/types';
import { stabilityMeaning } from '@/lib/model/versions';
import { TableScroll } from '@/components/ui/TableScroll';

/** `/api` and `/apis/GROUP`: a group's versions, preferred first, with what each serves. */
export function GroupPage({ model, group, servedWhere }: { model: ApiModel; group: ApiGroup; servedWhere?: ServedWhereView }) {
  const problems = model.problems.filter((p) => p.group === group.name);
  return (
    <PageFrame model={model} current={{ group: group.name }}>
      <Breadcrumbs items={group.name === '' ? [{ label: 'api' }] : [{ label: 'apis', href: SITE_PAGES.namedGroups }, { label: group.name }]} />
      <h1>
        <bdi>{group.displayName}</bdi> <span className="muted small">API group</span>
      </h1>
      <p className="lede">
        {group.name === '' ? (
          <>
            The core group, served at <code>/api</code>. Its objects use <code>apiVersion: {group.preferredVersion}</code>.
          </>
        ) : (
          <>
            Served at <code>{group.path}</code>. Preferred version:{' '}
            <code>
              {group.name}/{group.preferredVersion}
            </code>
            .
          </>
        )}
      </p>
      <Problems problems={problems} />
      {group.versions.map((gv) => (
        <section key={gv.version} id={`version-${gv.version}`}>
          <h2>
            <AppLink href={gv.path}>{gv.groupVersion}</AppLink> <StabilityBadge stability={gv.stability} group={group.name} />{' '}
            {gv.preferred ? <span className="badge badge-preferred">preferred</span> : null}
          </h2>
          <p className="muted small">{stabilityMeaning(group.name, gv.stability)}</p>
          <TableScroll label="Versions">
            <table className="table compact">
              <thead>
                <tr>
                  <th>Kind</th>
                  <th>Resource</th>
                  <th>Verbs</th>
                </tr>
              </thead>
              <tbody>
                {gv.resources.map((r) => (
                  <tr key={r.name}>
                    <td>
                      <AppLink href={resourcePath(r)}>{r.kind || r.name}</AppLink>
                    </td>
                    <td>
                      <code>{r.name}</code>
                    </td>
                    <td>
                      <VerbList verbs={r.verbs} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
      <ServedWhereSection view={servedWhere} what={`the versions of ${group.displayName}`} />
    </PageFrame>
  );
}
