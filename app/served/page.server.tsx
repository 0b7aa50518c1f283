// The server build: the server filters and pages the list from the address (`?q=…&served=…&cluster=…&page=N`).
export { ServedRoute as default, servedMetadata as metadata } from '@/app/_routes/clusters';
