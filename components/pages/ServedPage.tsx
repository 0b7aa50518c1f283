import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { PageFrame } from '@/components/layout/Sidebar';
import { GvkFilterForm } from '@/components/clusters/GvkFilterForm';
import { GvkTable } from '@/components/clusters/GvkTable';
import { AppLink } from '@/components/ui/AppLink';
import { gvkQuery, type GvkPage } from '@/lib/model/gvk-page';
import type { GvkFilter } from '@/lib/model/served-gvks';
import type { ClusterServed } from '@/lib/model/served-where';
import type { ApiModel } from '@/lib/model/types';

/** "rows 201–400 of 1,310" with links to the previous and next pages of the same filtered list. */
function Pager({ page, filter }: { page: GvkPage; filter: GvkFilter }) {
  if (page.pages <= 1) return null;
  const first = page.offset + 1;
  const last = page.offset + page.rows.length;
  return (
    <nav className="pager" aria-label="Pages of the list">
      {page.page > 1 ? (
        <AppLink href={`/served${gvkQuery(filter, page.page - 1)}`} rel="prev">
          ← previous
        </AppLink>
      ) : null}
      <span className="muted small" data-gvk-page={page.page}>
        rows {first.toLocaleString('en-US')}–{last.toLocaleString('en-US')} of {page.matched.toLocaleString('en-US')} (page {page.page} of{' '}
        {page.pages})
      </span>
      {page.page < page.pages ? (
        <AppLink href={`/served${gvkQuery(filter, page.page + 1)}`} rel="next">
          next →
        </AppLink>
      ) : null}
    </nav>
  );
}

/**
 * `/served`: every group-version-kind any cluster serves and where. `page`
 * is the slice of the (filtered) list this page shows: a page of it on the
 * server, the whole list in the static export (`live`: filtered in the
 * browser).
 */
export function ServedPage({
  model,
  clusters,
  primary,
  total,
  filter,
  page,
  live,
}: {
  model: ApiModel;
  clusters: ClusterServed[];
  primary: string;
  /** Every GVK, unfiltered. */
  total: number;
  filter: Required<GvkFilter>;
  page: GvkPage;
  live: boolean;
}) {
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'clusters', href: '/clusters' }, { label: 'served' }]} />
      <h1>What each cluster serves ({total.toLocaleString('en-US')} kinds and versions)</h1>
      <p className="lede">
        Every <code>apiVersion</code> and <code>kind</code> any cluster serves, and where: a manifest applies on a cluster that serves its{' '}
        <code>apiVersion</code> and <code>kind</code>. Filter by name, by &quot;every cluster&quot; or &quot;not every cluster&quot;, and by a
        cluster.
      </p>
      <p className="muted small">
        <strong>preferred</strong>: served, at the version the cluster prefers for the group; <strong>served</strong>: served at another version; —:
        not served; ?: the cluster never loaded. A kind opens its page, whose &quot;Served by clusters&quot; table leads to every cluster&apos;s page
        of it.
      </p>
      <GvkFilterForm filter={filter} clusters={clusters.map((c) => c.name)} shown={page.matched} live={live} />
      <Pager page={page} filter={filter} />
      <GvkTable rows={page.rows} clusters={clusters} primary={primary} filterable={live} />
      <Pager page={page} filter={filter} />
    </PageFrame>
  );
}
