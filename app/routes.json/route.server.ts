// Server build: answered per request, so it follows the configured source.
export { GET } from '@/app/_routes/routes-json';
