import { AppLink } from '@/components/ui/AppLink';
import { TableScroll } from '@/components/ui/TableScroll';
import { clusterPath } from '@/lib/cluster-paths';
import { groupVersionPath } from '@/lib/model/paths';
import { gvkFilterKey, type GvkServing, type GvkWhere } from '@/lib/model/served-gvks';
import type { ClusterServed } from '@/lib/model/served-where';
import { HealthBadge } from './HealthBadge';

export const GVK_TABLE_ID = 'gvk-table';

/**
 * The resource page a GVK's row links to: on the primary when it serves
 * it, else on the first cluster that does. That page's "Served by
 * clusters" matrix links to every other cluster's page, so one link per
 * row is enough (a link per cell was 20,000 links on ten clusters).
 */
function rowHref(gvk: GvkServing, primary: string): string {
  const path = `${groupVersionPath(gvk.group, gvk.version)}/${gvk.resources[0] ?? ''}`;
  const cluster = gvk.servedBy.some((w) => w.cluster === primary) ? primary : (gvk.servedBy[0]?.cluster ?? primary);
  return clusterPath(cluster, path, primary);
}

/** A cell as plain text: "preferred" (served at the group's preferred version), "served", "—" (not served) or "?" (the cluster never loaded). */
function Cell({ where, known }: { where: GvkWhere | undefined; known: boolean }) {
  if (!where) return <td data-served={known ? 'no' : 'unknown'}>{known ? '—' : '?'}</td>;
  return (
    <td data-served={where.preferred ? 'preferred' : 'yes'}>
      {where.preferred ? 'preferred' : 'served'}
      {where.deprecated ? <span className="tag tag-deprecated">deprecated</span> : null}
    </td>
  );
}

/**
 * GVKs × clusters: "can I apply this manifest everywhere?". Lean on
 * purpose: text cells, a link per row (the kind) and per column (the
 * cluster). Where the table holds the whole list (the export), each row
 * carries its filter key as data attributes for the browser's filter.
 */
export function GvkTable({
  rows,
  clusters,
  primary,
  filterable,
}: {
  rows: GvkServing[];
  clusters: ClusterServed[];
  primary: string;
  /** Rows carry their filter key (the browser filters them); not needed where the server filtered. */
  filterable: boolean;
}) {
  return (
    <TableScroll label="Kinds and versions by cluster" tall>
      <table className="table compact served-matrix gvk-table" id={GVK_TABLE_ID}>
        <thead>
          <tr>
            <th>Kind</th>
            <th>apiVersion</th>
            {clusters.map((c) => (
              <th key={c.name} data-column={c.name}>
                <AppLink href={clusterPath(c.name, '/', primary)}>
                  <bdi>{c.name}</bdi>
                </AppLink>{' '}
                <HealthBadge health={c.health} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((gvk) => {
            const key = filterable ? gvkFilterKey(gvk) : undefined;
            return (
              <tr
                key={`${gvk.apiVersion}/${gvk.kind}`}
                data-gvk={`${gvk.apiVersion} ${gvk.kind}`}
                {...(key ? { 'data-text': key.text, 'data-everywhere': String(key.everywhere), 'data-clusters': key.clusters.join(' ') } : {})}
              >
                <td>
                  <AppLink href={rowHref(gvk, primary)}>
                    <bdi>{gvk.kind}</bdi>
                  </AppLink>
                </td>
                <td>
                  <code>{gvk.apiVersion}</code>
                </td>
                {clusters.map((c) => (
                  <Cell key={c.name} where={gvk.servedBy.find((w) => w.cluster === c.name)} known={Boolean(c.served)} />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
