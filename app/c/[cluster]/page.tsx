import Route from '@/app/page';
import { forClusterIndex } from '@/app/_routes/cluster';

// /c/NAME: the primary's page on the named cluster.
export default forClusterIndex(Route);
