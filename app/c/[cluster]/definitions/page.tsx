import Route, { metadata } from '@/app/definitions/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME/definitions: the primary's page on the named cluster.
export default forClusterIndex(Route);
export { metadata };
