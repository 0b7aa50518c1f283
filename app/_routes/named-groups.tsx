import type { Metadata } from 'next';
import { NamedGroupsPage } from '@/components/pages/NamedGroupsPage';
import { getModel } from '@/lib/sources';

export const metadata: Metadata = { title: 'named groups (/apis)' };

/** `/apis`. */
export default async function NamedGroupsRoute() {
  return <NamedGroupsPage model={await getModel()} />;
}
