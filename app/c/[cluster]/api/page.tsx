import Route, { metadata } from '@/app/api/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/api: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
