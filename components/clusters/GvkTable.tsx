import { AppLink } from '@/components/ui/AppLink';
import { clusterPath } from '@/lib/cluster-paths';
import { groupVersionPath } from '@/lib/model/paths';
import { gvkFilterKey, type GvkServing } from '@/lib/model/served-gvks';
import type { ClusterServed } from '@/lib/model/served-where';
import { GvkFilter } from './GvkFilter.client';
import { HealthBadge } from './HealthBadge';
import './clusters.css';

const TABLE_ID = 'gvk-table';

/**
 * Every GVK × every cluster: "can I apply this manifest everywhere?". A
 * cell links to the resource on that cluster; the filter box narrows the
 * rows in the browser.
 */
export function GvkTable({ gvks, clusters, primary }: { gvks: GvkServing[]; clusters: ClusterServed[]; primary: string }) {
  return (
    <>
      <GvkFilter clusters={clusters.map((c) => c.name)} tableId={TABLE_ID} />
      <div className="table-wrap">
        <table className="table compact served-matrix" id={TABLE_ID}>
          <thead>
            <tr>
              <th>Kind</th>
              <th>apiVersion</th>
              {clusters.map((c) => (
                <th key={c.name} data-column={c.name}>
                  <bdi>{c.name}</bdi> <HealthBadge health={c.health} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gvks.map((gvk) => {
              const key = gvkFilterKey(gvk);
              const path = `${groupVersionPath(gvk.group, gvk.version)}/${gvk.resources[0] ?? ''}`;
              return (
                <tr
                  key={`${gvk.apiVersion}/${gvk.kind}`}
                  data-gvk={`${gvk.apiVersion} ${gvk.kind}`}
                  data-text={key.text}
                  data-everywhere={String(key.everywhere)}
                  data-clusters={key.clusters.join(' ')}
                >
                  <td>
                    <bdi>{gvk.kind}</bdi>
                  </td>
                  <td>
                    <code>{gvk.apiVersion}</code>
                  </td>
                  {clusters.map((c) => {
                    const where = gvk.servedBy.find((w) => w.cluster === c.name);
                    if (where) {
                      return (
                        <td key={c.name} data-served={where.preferred ? 'preferred' : 'yes'}>
                          <AppLink href={clusterPath(c.name, path, primary)} className="served-yes">
                            served
                          </AppLink>
                          {where.preferred ? (
                            <>
                              {' '}
                              <span className="badge badge-preferred">preferred</span>
                            </>
                          ) : null}
                          {where.deprecated ? (
                            <>
                              {' '}
                              <span className="tag tag-deprecated">deprecated</span>
                            </>
                          ) : null}
                        </td>
                      );
                    }
                    return (
                      <td key={c.name} data-served={c.served ? 'no' : 'unknown'} className="served-no">
                        {c.served ? '—' : '?'}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
