import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { GroupVersionPage } from '@/components/pages/GroupVersionPage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { tryItMode } from '@/lib/try-it/settings';

/** `/apis/GROUP/VERSION`, and the core group's `/api/VERSION` (no group). */
export type Params = { group: string; version: string };
export type CoreParams = Omit<Params, 'group'>;

export async function generateMetadata({ params }: { params: Promise<Params | CoreParams> }): Promise<Metadata> {
  const p = await params;
  return { title: 'group' in p ? `${param(p.group)}/${param(p.version)}` : `${param(p.version)} (core)` };
}

/** A group-version's page from its raw URL segments; the core group is group ''. */
async function render(group: string, version: string) {
  const model = await getModel();
  const route = resolveRoute(model, group, version);
  return <GroupVersionPage model={model} group={route.group} gv={route.gv!} tryIt={tryItMode()} />;
}

/** `/apis/GROUP/VERSION`. */
export default async function GroupVersionRoute({ params }: { params: Promise<Params> }) {
  const { group, version } = await params;
  return render(group, version);
}

/** `/api/VERSION`. */
export async function CoreGroupVersionRoute({ params }: { params: Promise<CoreParams> }) {
  return render('', (await params).version);
}

/** Every page of the named groups' route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups.filter((g) => g.name !== '').flatMap((g) => g.versions.map((v) => ({ group: g.name, version: v.version })));
}

/** Every page of the core group's route. */
export function listCoreParams(model: ApiModel): CoreParams[] {
  return model.groups.filter((g) => g.name === '').flatMap((g) => g.versions.map((v) => ({ version: v.version })));
}
