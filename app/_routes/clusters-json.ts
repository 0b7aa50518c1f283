import type { ServedIndex } from '@/lib/model/served-index';
import type { ClusterHealth } from '@/lib/model/served-where';
import { getAllServed, getPool } from '@/lib/sources';

/** `/clusters.json`: what the header's cluster switcher reads the first time it opens. */
export interface ClustersData {
  primary: string;
  clusters: Array<{ name: string; health: ClusterHealth; served?: ServedIndex }>;
}

/**
 * Every cluster's served summary and health (lib/sources/cluster-pool.ts):
 * about 10 KB per cluster of 1.36's size, no credentials, no server
 * addresses (a health detail names what failed, as the cluster's own pages do).
 */
export async function GET(): Promise<Response> {
  const clusters = await getAllServed();
  const data: ClustersData = { primary: getPool().primaryName, clusters };
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
}
