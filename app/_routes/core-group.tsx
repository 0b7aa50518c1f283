import type { Metadata } from 'next';
import { GroupPage } from '@/components/pages/GroupPage';
import { getModel } from '@/lib/sources';
import { resolveRoute } from './params';

export const metadata: Metadata = { title: 'core group (/api)' };

/** `/api`: the core group. */
export default async function CoreGroupRoute() {
  const model = await getModel();
  const { group } = resolveRoute(model, '');
  return <GroupPage model={model} group={group} />;
}
