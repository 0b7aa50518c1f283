// Static export: written once as out/openapi/v2.json.
export { fullSpec as GET } from '@/app/_routes/openapi-json';
export const dynamic = 'force-static';
