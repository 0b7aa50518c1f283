// Static export: written once as out/routes.json.
export { GET } from '@/app/_routes/routes-json';
export const dynamic = 'force-static';
