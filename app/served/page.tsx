export { ServedRoute as default, servedMetadata as metadata } from '@/app/_routes/clusters';
