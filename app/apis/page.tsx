import type { Metadata } from 'next';
import { PageFrame } from '@/components/layout/Sidebar';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { GroupList } from '@/components/home/GroupList';
import { getModel } from '@/lib/source';

export const metadata: Metadata = { title: 'named groups (/apis)' };

export default async function NamedGroupsRoute() {
  const model = await getModel();
  const groups = model.groups.filter((g) => g.name !== '');
  return (
    <PageFrame model={model}>
      <Breadcrumbs items={[{ label: 'apis' }]} />
      <h1>Named API groups</h1>
      <p className="lede">
        The {groups.length} groups served under <code>/apis</code>, in the order the server lists them.
      </p>
      <GroupList groups={groups} />
    </PageFrame>
  );
}
