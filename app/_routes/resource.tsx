import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { ResourcePage } from '@/components/pages/ResourcePage';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';
import { tryItMode } from '@/lib/try-it/settings';
import { servedWhere as servedWhereOf } from './served-where';

export type Params = { group: string; version: string; resource: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { group, version, resource } = await params;
  return { title: `${param(resource)} (${param(group)}/${param(version)})` };
}

export default async function ResourceRoute({ params }: { params: Promise<Params> }) {
  const { group, version, resource } = await params;
  return renderResource(group, version, resource);
}

/** A resource page from its raw URL segments; the core group's route (`/api/v1/…`) passes group ''. */
export async function renderResource(group: string, version: string, resource: string) {
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

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups
    .filter((g) => g.name !== '')
    .flatMap((g) => g.versions.flatMap((v) => v.resources.map((r) => ({ group: g.name, version: v.version, resource: r.name }))));
}
