import { listGroupParams, type Params } from '@/app/_routes/field-view';
import { staticParams } from '@/app/_routes/params';

export { default, generateMetadata } from '@/app/_routes/field-view';

/** The field views the export pre-renders; the server renders any field on request. */
export function generateStaticParams(): Promise<Params[]> {
  return staticParams(listGroupParams);
}
