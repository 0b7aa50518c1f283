import Route, { metadata } from '@/app/deprecations/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/deprecations: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
