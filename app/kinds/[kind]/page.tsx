import { listParams, type Params } from '@/components/routes/kind';
import { staticParams } from '@/lib/static-params';

export { default, generateMetadata } from '@/components/routes/kind';

/** Every kind page in the static export; none on the server, which renders per request. */
export function generateStaticParams(): Promise<Params[]> {
  return staticParams(listParams);
}
