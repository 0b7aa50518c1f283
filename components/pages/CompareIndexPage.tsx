import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { AppLink } from '@/components/ui/AppLink';
import { countModel } from '@/lib/model/lookup';
import type { ApiModel } from '@/lib/model/types';
import type { SourceStatus } from '@/lib/sources';
import { TableScroll } from '@/components/ui/TableScroll';

/** `/compare`: the configured sources and every comparison between them. */
export function CompareIndexPage({
  model,
  statuses,
  pairs,
}: {
  model: ApiModel;
  /** Every configured source, the primary first. */
  statuses: SourceStatus[];
  pairs: Array<{ from: string; to: string; path: string }>;
}) {
  const primary = statuses[0]!.name;
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'compare' }]} />
      <h1>Compare APIs</h1>
      <p className="lede">
        Version to version (what changes when you upgrade from 1.28 to 1.36) and cluster to cluster (what this cluster serves that upstream does not,
        and the other way round). The main pages show <strong>{primary}</strong>; set <code>ATLAS_SOURCES</code> to compare with other snapshots or
        live clusters (see the README).
      </p>
      <h2 id="section-sources">Sources</h2>
      <TableScroll label="Comparisons">
        <table className="table">
          <thead>
            <tr>
              <th>Name</th>
              <th>Kind</th>
              <th>Kubernetes</th>
              <th>Group-versions</th>
              <th>Resources</th>
              <th>Discovery</th>
            </tr>
          </thead>
          <tbody>
            {statuses.map((s) => {
              const counts = s.model ? countModel(s.model) : undefined;
              return (
                <tr key={s.name} data-source={s.name}>
                  <td>
                    <strong>{s.name}</strong> {s.name === primary ? <span className="badge badge-preferred">primary</span> : null}
                  </td>
                  <td>{s.kind}</td>
                  <td>{s.model?.kubernetesVersion ?? <span className="muted">unknown</span>}</td>
                  <td>{counts?.groupVersions ?? '—'}</td>
                  <td>{counts ? `${counts.resources} (${counts.resourceVersions} resource-versions)` : '—'}</td>
                  <td>{s.model ? s.model.discoveryFormat : <span className="tag tag-deprecated">{s.error}</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <h2 id="section-comparisons">Comparisons</h2>
      {pairs.length === 0 ? (
        <p className="muted">Only one source is configured.</p>
      ) : (
        <ul className="compare-list">
          {pairs.map((p) => (
            <li key={p.path}>
              <AppLink href={p.path}>
                {p.from} → {p.to}
              </AppLink>
            </li>
          ))}
        </ul>
      )}
    </PageFrame>
  );
}
