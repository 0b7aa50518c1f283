import type { Metadata } from 'next';
import { DeprecationsPage } from '@/components/pages/DeprecationsPage';
import { getModel } from '@/lib/sources';

export const metadata: Metadata = { title: 'Deprecations' };

/** `/deprecations`. */
export default async function DeprecationsRoute() {
  return <DeprecationsPage model={await getModel()} />;
}
