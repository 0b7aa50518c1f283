import { ServedRoute, servedMetadata } from '@/app/_routes/clusters';

// The static export: one file with the whole list, filtered in the browser (a static page cannot read the address).
export const metadata = servedMetadata;
export default function ServedExportRoute() {
  return ServedRoute({});
}
