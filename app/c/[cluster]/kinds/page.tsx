import Route, { metadata } from '@/app/kinds/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/kinds: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
