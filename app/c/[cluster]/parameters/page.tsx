import Route, { metadata } from '@/app/parameters/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/parameters: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
