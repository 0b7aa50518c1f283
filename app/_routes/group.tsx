import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { GroupPage } from '@/components/pages/GroupPage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { servedWhere as servedWhereOf } from './served-where';

export type Params = { group: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: param((await params).group) };
}

export default async function GroupRoute({ params }: { params: Promise<Params> }) {
  const { group: name } = await params;
  const model = await getModel();
  if (param(name) === '') return null;
  const { group } = resolveRoute(model, name);
  const servedWhere = await servedWhereOf({ type: 'group', group: group.name });
  return <GroupPage model={model} group={group} {...(servedWhere ? { servedWhere } : {})} />;
}

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups.filter((g) => g.name !== '').map((g) => ({ group: g.name }));
}
