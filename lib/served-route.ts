import 'server-only';
import { servedMatrix, type ServedMatrix, type ServedSubject } from './model/served-where';
import { requestCluster } from './request-cluster';
import { getAllServed, getPool } from './sources';

/** What a page needs to show where its subject is served: the matrix, and whose pages these are. */
export interface ServedWhereView {
  matrix: ServedMatrix;
  primary: string;
  current: string;
}

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
