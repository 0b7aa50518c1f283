import { PageFrame } from '@/components/layout/Sidebar';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { GroupList } from '@/components/home/GroupList';
import type { ApiModel } from '@/lib/model/types';

/** `/apis`: every named group. */
export function NamedGroupsPage({ model }: { model: ApiModel }) {
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
