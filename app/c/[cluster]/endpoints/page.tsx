import Route, { metadata } from '@/app/endpoints/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/endpoints: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
