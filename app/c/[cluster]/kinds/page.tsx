import Route, { metadata } from '@/app/kinds/page';
import { forClusterIndex } from '@/lib/cluster-route';

// /c/NAME/kinds: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
