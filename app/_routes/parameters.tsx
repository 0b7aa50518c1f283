import type { Metadata } from 'next';
import { ParametersPage } from '@/components/pages/ParametersPage';
import { getModel } from '@/lib/sources';

export const metadata: Metadata = { title: 'Parameters' };

/** `/parameters`. */
export default async function ParametersRoute() {
  return <ParametersPage model={await getModel()} />;
}
