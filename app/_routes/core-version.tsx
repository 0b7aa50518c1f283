import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { GroupVersionPage } from '@/components/pages/GroupVersionPage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { tryItMode } from '@/lib/try-it/settings';

export type Params = { version: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `${param((await params).version)} (core)` };
}

export default async function CoreVersionRoute({ params }: { params: Promise<Params> }) {
  const { version } = await params;
  const model = await getModel();
  const { group, gv } = resolveRoute(model, '', version);
  return <GroupVersionPage model={model} group={group} gv={gv!} tryIt={tryItMode()} />;
}

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups.filter((g) => g.name === '').flatMap((g) => g.versions.map((v) => ({ version: v.version })));
}
