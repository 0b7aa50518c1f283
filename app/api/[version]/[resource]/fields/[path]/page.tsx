import { listCoreParams, type CoreParams } from '@/app/_routes/field-view';
import { staticParams } from '@/app/_routes/params';

export { CoreFieldViewRoute as default, generateMetadata } from '@/app/_routes/field-view';

/** The field views the export pre-renders; the server renders any field on request. */
export function generateStaticParams(): Promise<CoreParams[]> {
  return staticParams(listCoreParams);
}
