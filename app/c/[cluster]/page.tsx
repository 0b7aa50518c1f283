import Route from '@/app/page';
import { forClusterIndex } from '@/lib/cluster-route';

// /c/NAME: the primary's page on the named cluster.
export default forClusterIndex(Route);
