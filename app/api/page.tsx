import type { Metadata } from 'next';
import { GroupPage } from '@/components/pages/GroupPage';
import { resolveRoute } from '@/lib/route-params';
import { getModel } from '@/lib/source';

export const metadata: Metadata = { title: 'core group (/api)' };

export default async function CoreGroupRoute() {
  const model = await getModel();
  const { group } = resolveRoute(model, '');
  return <GroupPage model={model} group={group} />;
}
