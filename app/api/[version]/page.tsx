import { listCoreParams, type CoreParams } from '@/app/_routes/group-version';
import { staticParams } from '@/app/_routes/params';

export { CoreGroupVersionRoute as default, generateMetadata } from '@/app/_routes/group-version';

/** Every page in the static export; none on the server, which renders per request. */
export function generateStaticParams(): Promise<CoreParams[]> {
  return staticParams(listCoreParams);
}
