import { CoreResourceRoute as Route, generateMetadata, listCoreParams, type CoreParams } from '@/app/_routes/resource';
import { clusterStaticParams, forCluster, type ClusterParams } from '@/app/_routes/cluster';

// The primary's route module on the cluster `/c/NAME` names.
export default forCluster(Route);
export { generateMetadata };

export function generateStaticParams({ params }: { params: ClusterParams }): Promise<CoreParams[]> {
  return clusterStaticParams(params, listCoreParams);
}
