// Static export: written once as out/search-index.json.
export { GET } from '@/lib/routes/search-index-json';
export const dynamic = 'force-static';
