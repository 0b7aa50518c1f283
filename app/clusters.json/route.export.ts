// Static export: written once as out/clusters.json.
export { GET } from '@/app/_routes/clusters-json';
export const dynamic = 'force-static';
