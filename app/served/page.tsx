export { ServedRoute as default, servedMetadata as metadata } from '@/components/routes/clusters';
