import type { Metadata } from 'next';
import { EndpointsPage } from '@/components/pages/EndpointsPage';
import { getModel } from '@/lib/sources';

export const metadata: Metadata = { title: 'Non-resource endpoints' };

/** `/endpoints`. */
export default async function EndpointsRoute() {
  return <EndpointsPage model={await getModel()} />;
}
