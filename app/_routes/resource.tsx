import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { ResourcePage } from '@/components/pages/ResourcePage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { tryItMode } from '@/lib/try-it/settings';
import { servedWhere as servedWhereOf } from './served-where';

/** `/apis/GROUP/VERSION/RESOURCE`, and the core group's `/api/VERSION/RESOURCE` (no group). */
export type Params = { group: string; version: string; resource: string };
export type CoreParams = Omit<Params, 'group'>;

export async function generateMetadata({ params }: { params: Promise<Params | CoreParams> }): Promise<Metadata> {
  const p = await params;
  const groupVersion = 'group' in p ? `${param(p.group)}/${param(p.version)}` : param(p.version);
  return { title: `${param(p.resource)} (${groupVersion})` };
}

/** A resource page from its raw URL segments; the core group is group ''. */
async function render(group: string, { version, resource }: CoreParams) {
  const model = await getModel();
  const route = resolveRoute(model, group, version, resource);
  const servedWhere = await servedWhereOf({ type: 'resource', group: route.group.name, resource: route.resource!.name });
  return (
    <ResourcePage
      model={model}
      group={route.group}
      gv={route.gv!}
      resource={route.resource!}
      tryIt={tryItMode()}
      {...(servedWhere ? { servedWhere } : {})}
    />
  );
}

/** `/apis/GROUP/VERSION/RESOURCE`. */
export default async function ResourceRoute({ params }: { params: Promise<Params> }) {
  const p = await params;
  return render(p.group, p);
}

/** `/api/VERSION/RESOURCE`. */
export async function CoreResourceRoute({ params }: { params: Promise<CoreParams> }) {
  return render('', await params);
}

function allParams(model: ApiModel): Params[] {
  return model.groups.flatMap((g) => g.versions.flatMap((v) => v.resources.map((r) => ({ group: g.name, version: v.version, resource: r.name }))));
}

/** Every page of the named groups' route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return allParams(model).filter((p) => p.group !== '');
}

/** Every page of the core group's route. */
export function listCoreParams(model: ApiModel): CoreParams[] {
  return allParams(model)
    .filter((p) => p.group === '')
    .map(({ version, resource }) => ({ version, resource }));
}
