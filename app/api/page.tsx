import type { Metadata } from 'next';
import { GroupPage } from '@/components/pages/GroupPage';
import { resolveRoute } from '@/lib/route-params';
import { getModel } from '@/lib/source';
import { servedWhere as servedWhereOf } from '@/lib/served-route';

export const metadata: Metadata = { title: 'core group (/api)' };

export default async function CoreGroupRoute() {
  const model = await getModel();
  const { group } = resolveRoute(model, '');
  const servedWhere = await servedWhereOf({ type: 'group', group: '' });
  return <GroupPage model={model} group={group} {...(servedWhere ? { servedWhere } : {})} />;
}
