import { listCoreParams, type CoreParams } from '@/components/routes/field-view';
import { staticParams } from '@/lib/static-params';

export { CoreFieldViewRoute as default, generateMetadata } from '@/components/routes/field-view';

/** The field views the export pre-renders; the server renders any field on request. */
export function generateStaticParams(): Promise<CoreParams[]> {
  return staticParams(listCoreParams);
}
