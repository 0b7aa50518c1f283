import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { GroupVersionPage } from '@/components/pages/GroupVersionPage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { tryItMode } from '@/lib/try-it/settings';

export type Params = { group: string; version: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { group, version } = await params;
  return { title: `${param(group)}/${param(version)}` };
}

export default async function GroupVersionRoute({ params }: { params: Promise<Params> }) {
  const { group: name, version } = await params;
  const model = await getModel();
  const { group, gv } = resolveRoute(model, name, version);
  return <GroupVersionPage model={model} group={group} gv={gv!} tryIt={tryItMode()} />;
}

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups.filter((g) => g.name !== '').flatMap((g) => g.versions.map((v) => ({ group: g.name, version: v.version })));
}
