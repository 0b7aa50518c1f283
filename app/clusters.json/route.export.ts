// Static export: written once as out/clusters.json.
export { GET } from '@/lib/routes/clusters-json';
export const dynamic = 'force-static';
