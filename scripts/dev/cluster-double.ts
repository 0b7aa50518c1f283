/**
 * npx tsx scripts/dev/cluster-double.ts: the multi-cluster tests' live
 * cluster (e2e/support/cluster-double.ts) on 127.0.0.1, for looking at the
 * site by hand: ATLAS_SOURCES='kubernetes-1.28=snapshots/kubernetes-1.28,dev=url:http://127.0.0.1:PORT' npm start
 */
import { startClusterDouble } from '../../e2e/support/cluster-double';

const server = await startClusterDouble();
console.log(`cluster double at ${server.url} (Ctrl-C stops it)`);
process.on('SIGINT', () => void server.close().then(() => process.exit(0)));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
