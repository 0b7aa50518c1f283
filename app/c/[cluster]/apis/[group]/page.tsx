import Route, { generateMetadata, listParams, type Params } from '@/app/_routes/group';
import { clusterStaticParams, forCluster, type ClusterParams } from '@/app/_routes/cluster';

// The primary's route module on the cluster `/c/NAME` names.
export default forCluster(Route);
export { generateMetadata };

export function generateStaticParams({ params }: { params: ClusterParams }): Promise<Params[]> {
  return clusterStaticParams(params, listParams);
}
