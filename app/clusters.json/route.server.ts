// Server build: answered per request, so health and live clusters are current.
export { GET } from '@/app/_routes/clusters-json';
