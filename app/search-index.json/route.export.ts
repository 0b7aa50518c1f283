// Static export: written once as out/search-index.json.
export { GET } from '@/app/_routes/search-index-json';
export const dynamic = 'force-static';
