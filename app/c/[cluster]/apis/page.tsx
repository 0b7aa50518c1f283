import Route, { metadata } from '@/app/apis/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/apis: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
