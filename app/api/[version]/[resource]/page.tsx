import { listCoreParams, type CoreParams } from '@/app/_routes/resource';
import { staticParams } from '@/app/_routes/params';

export { CoreResourceRoute as default, generateMetadata } from '@/app/_routes/resource';

/** Every page in the static export; none on the server, which renders per request. */
export function generateStaticParams(): Promise<CoreParams[]> {
  return staticParams(listCoreParams);
}
