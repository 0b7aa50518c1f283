import Route, { metadata } from '@/app/api/page';
import { forClusterIndex } from '@/lib/cluster-route';

// /c/NAME/api: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
