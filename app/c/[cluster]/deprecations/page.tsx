import Route, { metadata } from '@/app/deprecations/page';
import { forClusterIndex } from '@/lib/cluster-route';

// /c/NAME/deprecations: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
