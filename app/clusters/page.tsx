export { ClustersRoute as default, clustersMetadata as metadata } from '@/components/routes/clusters';
