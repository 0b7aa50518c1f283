import 'server-only';
import type { ServedWhereView } from '@/components/clusters/ServedWhereSection';
import { servedMatrix, type ServedSubject } from '@/lib/model/served-where';
import { requestCluster } from '@/lib/request-cluster';
import { getAllServed, getPool } from '@/lib/sources';

/**
 * The served-where matrix of a page's subject, seen from `current` (the
 * cluster whose page it is); undefined when only one cluster is configured,
 * so single-cluster sites show nothing new.
 */
export async function servedWhere(
  subject: ServedSubject,
  current = requestCluster().name ?? getPool().primaryName,
): Promise<ServedWhereView | undefined> {
  const pool = getPool();
  if (pool.names().length < 2) return undefined;
  const clusters = await getAllServed();
  return { matrix: servedMatrix(subject, clusters, current), primary: pool.primaryName, current };
}
