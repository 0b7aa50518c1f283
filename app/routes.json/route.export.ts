// Static export: written once as out/routes.json.
export { GET } from '@/lib/routes/routes-json';
export const dynamic = 'force-static';
