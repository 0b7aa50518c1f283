// Server build: answered per request, so it follows the configured source.
export { GET } from '@/lib/routes/search-index-json';
