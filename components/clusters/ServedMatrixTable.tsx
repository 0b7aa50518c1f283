import { AppLink } from '@/components/ui/AppLink';
import { clusterPath } from '@/lib/cluster-paths';
import { comparePath } from '@/lib/site/compare-paths';
import { groupVersionPath } from '@/lib/model/paths';
import { columnLabel, type ServedCell, type ServedColumn, type ServedMatrix } from '@/lib/model/served-where';
import { HealthBadge } from './HealthBadge';
import { TableScroll } from '@/components/ui/TableScroll';

/** The page a cell links to: the resource on that cluster, or the group-version for a group matrix. */
function cellPath(column: ServedColumn, cell: ServedCell, matrix: ServedMatrix): string {
  const gvPath = groupVersionPath(column.group, column.version);
  const resource = cell.resources[0];
  return matrix.subject.type === 'group' || !resource ? gvPath : `${gvPath}/${resource}`;
}

function Cell({ cell, href }: { cell: ServedCell; href: string }) {
  if (!cell.served) return <span className="served-no">—</span>;
  return (
    <>
      <AppLink href={href} className="served-yes" title={cell.degraded}>
        served
      </AppLink>
      {cell.preferred ? (
        <>
          {' '}
          <span className="badge badge-preferred">preferred</span>
        </>
      ) : null}
      {cell.storage ? (
        <>
          {' '}
          <span className="badge badge-scope" title="objects are stored in etcd as this version" data-storage-version>
            storage
          </span>
        </>
      ) : null}
      {cell.deprecated ? (
        <>
          {' '}
          <span className="tag tag-deprecated">deprecated</span>
        </>
      ) : null}
      {cell.degraded ? (
        <>
          {' '}
          <span className="tag tag-warning">degraded</span>
        </>
      ) : null}
    </>
  );
}

/**
 * Clusters × versions: which cluster serves the subject at which version.
 * Each cell links to that page on that cluster; each other cluster's row
 * links to its comparison with the current one.
 */
export function ServedMatrixTable({ matrix, primary, current }: { matrix: ServedMatrix; primary: string; current: string }) {
  return (
    <TableScroll label="Served by clusters">
      <table className="table compact served-matrix" data-subject={matrix.subject.type}>
        <thead>
          <tr>
            <th>Cluster</th>
            {matrix.columns.map((column) => (
              <th key={column.apiVersion} data-column={column.apiVersion}>
                {columnLabel(matrix, column)}
              </th>
            ))}
            <th>Compare</th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.cluster} data-cluster={row.cluster} className={row.current ? 'current-cluster' : undefined}>
              <th scope="row">
                <AppLink href={clusterPath(row.cluster, '/', primary)}>
                  <bdi>{row.cluster}</bdi>
                </AppLink>{' '}
                {row.current ? <span className="muted small">(this cluster)</span> : null} <HealthBadge health={row.health} />
              </th>
              {row.cells ? (
                row.cells.map((cell, i) => (
                  <td key={matrix.columns[i]!.apiVersion} data-served={cell.served ? (cell.preferred ? 'preferred' : 'yes') : 'no'}>
                    <Cell cell={cell} href={clusterPath(row.cluster, cellPath(matrix.columns[i]!, cell, matrix), primary)} />
                  </td>
                ))
              ) : (
                <td colSpan={Math.max(matrix.columns.length, 1)} className="muted served-unknown" data-served="unknown" title={row.health.detail}>
                  unknown: {row.health.state === 'unknown' ? 'not loaded' : `the cluster is ${row.health.state}`}
                </td>
              )}
              <td>{row.current ? null : <AppLink href={comparePath(current, row.cluster)}>compare</AppLink>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
