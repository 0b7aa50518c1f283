import type { Metadata } from 'next';
import { DefinitionsPage } from '@/components/pages/DefinitionsPage';
import { getModel } from '@/lib/sources';

export const metadata: Metadata = { title: 'Schema definitions' };

/** `/definitions`. */
export default async function DefinitionsRoute() {
  return <DefinitionsPage model={await getModel()} />;
}
