import { listParams, type Params } from '@/app/_routes/group';
import { staticParams } from '@/app/_routes/params';

export { default, generateMetadata } from '@/app/_routes/group';

/** Every page in the static export; none on the server, which renders per request. */
export function generateStaticParams(): Promise<Params[]> {
  return staticParams(listParams);
}
