import Route, { metadata } from '@/app/endpoints/page';
import { forClusterIndex } from '@/lib/cluster-route';

// /c/NAME/endpoints: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
