import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { ServedPage } from '@/components/pages/ServedPage';
import { HealthBadge } from '@/components/clusters/HealthBadge';
import { AppLink } from '@/components/ui/AppLink';
import { clusterPath } from '@/lib/cluster-paths';
import { comparePath } from '@/lib/site/compare-paths';
import { gvkPage, readGvkQuery } from '@/lib/model/gvk-page';
import { servedGvks } from '@/lib/model/served-gvks';
import { getAllServed, getModel, getPool } from '@/lib/sources';
import { TableScroll } from '@/components/ui/TableScroll';

export const clustersMetadata: Metadata = { title: 'Clusters' };
export const servedMetadata: Metadata = { title: 'What each cluster serves' };

/** `/clusters`: every configured cluster, its health and version, where to browse it and what to compare it with. */
export async function ClustersRoute() {
  const [model, clusters] = await Promise.all([getModel(), getAllServed()]);
  const primary = getPool().primaryName;
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'clusters' }]} />
      <h1>Clusters ({clusters.length})</h1>
      <p className="lede">
        Every configured source is browsable: <strong>{primary}</strong> at the site&apos;s own paths, the others under <code>/c/NAME/</code>, with
        the same pages. The switcher in the header keeps you on the same API path. <AppLink href="/served">What each serves</AppLink> lists every kind
        and version across them.
      </p>
      <TableScroll label="Clusters">
        <table className="table clusters-table">
          <thead>
            <tr>
              <th>Cluster</th>
              <th>Health</th>
              <th>Kubernetes</th>
              <th>Group-versions</th>
              <th>Resources</th>
              <th>Compare with {primary}</th>
            </tr>
          </thead>
          <tbody>
            {clusters.map((c) => (
              <tr key={c.name} data-cluster={c.name} data-health={c.health.state}>
                <td>
                  <AppLink href={clusterPath(c.name, '/', primary)}>
                    <bdi>{c.name}</bdi>
                  </AppLink>{' '}
                  {c.name === primary ? <span className="badge badge-preferred">primary</span> : null}
                </td>
                <td>
                  <HealthBadge health={c.health} showDetail />
                </td>
                <td>{c.served?.kubernetesVersion ?? <span className="muted">unknown</span>}</td>
                <td>{c.served ? c.served.groupVersions.length : '—'}</td>
                <td>{c.served ? c.served.groupVersions.reduce((n, gv) => n + gv.resources.length, 0) : '—'}</td>
                <td>
                  {c.name === primary ? null : (
                    <>
                      <AppLink href={comparePath(primary, c.name)}>
                        {primary} → {c.name}
                      </AppLink>
                      {' · '}
                      <AppLink href={comparePath(c.name, primary)}>back</AppLink>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </PageFrame>
  );
}

/** The query of `/served` as Next.js passes it (server build only). */
export type ServedQuery = Record<string, string | string[] | undefined>;

/**
 * `/served`: every group-version-kind and the clusters serving it, filterable: "can I apply this manifest everywhere?".
 * With `searchParams` (the server build) the server filters and shows a page of the list; without (the static export,
 * whose pages cannot read the address) the page holds the whole list and the browser filters it.
 */
export async function ServedRoute({ searchParams }: { searchParams?: Promise<ServedQuery> }) {
  const [model, clusters] = await Promise.all([getModel(), getAllServed()]);
  const gvks = servedGvks(clusters);
  const query = searchParams ? readGvkQuery(await searchParams) : undefined;
  const filter = query?.filter ?? { text: '', availability: 'any' as const, cluster: '' };
  const page = query ? gvkPage(gvks, filter, query.page) : gvkPage(gvks, {}, 1, Math.max(gvks.length, 1));
  return (
    <ServedPage model={model} clusters={clusters} primary={getPool().primaryName} total={gvks.length} filter={filter} page={page} live={!query} />
  );
}
