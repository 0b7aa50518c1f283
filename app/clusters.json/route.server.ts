// Server build: answered per request, so health and live clusters are current.
export { GET } from '@/lib/routes/clusters-json';
