import type { Metadata } from 'next';
import { GroupPage } from '@/components/pages/GroupPage';
import { getModel } from '@/lib/sources';
import { servedWhere as servedWhereOf } from './served-where';
import { resolveRoute } from './params';

export const metadata: Metadata = { title: 'core group (/api)' };

/** `/api`: the core group. */
export default async function CoreGroupRoute() {
  const model = await getModel();
  const { group } = resolveRoute(model, '');
  const servedWhere = await servedWhereOf({ type: 'group', group: '' });
  return <GroupPage model={model} group={group} {...(servedWhere ? { servedWhere } : {})} />;
}
