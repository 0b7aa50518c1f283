import type { Metadata } from 'next';
import { CompareIndexPage } from '@/components/pages/CompareIndexPage';
import { getAllStatuses, getModel } from '@/lib/sources';
import { comparisonPairs } from './compare';

export const metadata: Metadata = { title: 'Compare APIs' };

/** `/compare`: the configured sources and every comparison between those that loaded. */
export default async function CompareIndexRoute() {
  const [model, statuses] = await Promise.all([getModel(), getAllStatuses()]);
  const pairs = comparisonPairs(statuses.filter((s) => s.model).map((s) => s.name));
  return <CompareIndexPage model={model} statuses={statuses} pairs={pairs} />;
}
