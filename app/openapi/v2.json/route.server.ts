// Server build: answered per request, so it follows the configured source.
export { fullSpec as GET } from '@/app/_routes/openapi-json';
