export { ClustersRoute as default, clustersMetadata as metadata } from '@/app/_routes/clusters';
