import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { FieldViewPage } from '@/components/pages/FieldViewPage';
import { cachedFieldViews, resourceRoot } from '@/lib/site/field-views';
import { fieldAtPath } from '@/lib/model/schema';
import type { ApiModel } from '@/lib/model/types';
import { param, resolveRoute } from './params';
import { getModel } from '@/lib/sources';

export type Params = { group: string; version: string; resource: string; path: string };
export type CoreParams = Omit<Params, 'group'>;

export async function generateMetadata({ params }: { params: Promise<Params | CoreParams> }): Promise<Metadata> {
  const p = await params;
  return { title: `${param(p.resource)}.${param(p.path)}` };
}

async function render(group: string, { version, resource, path }: CoreParams) {
  const model = await getModel();
  const route = resolveRoute(model, group, version, resource);
  const root = resourceRoot(model, route.resource!);
  const field = root ? fieldAtPath(model.definitions, root, param(path)) : undefined;
  if (!field) notFound();
  return <FieldViewPage model={model} group={route.group} gv={route.gv!} resource={route.resource!} field={field} />;
}

/** `/apis/GROUP/VERSION/RESOURCE/fields/PATH`. */
export default async function FieldViewRoute({ params }: { params: Promise<Params> }) {
  const p = await params;
  return render(p.group, p);
}

/** `/api/VERSION/RESOURCE/fields/PATH`. */
export async function CoreFieldViewRoute({ params }: { params: Promise<CoreParams> }) {
  return render('', await params);
}

/**
 * The field views the static export pre-renders: those the resource page
 * does not inline (lib/model/field-views.ts). The server renders any path.
 */
export function listParams(model: ApiModel): Params[] {
  return model.groups.flatMap((g) =>
    g.versions.flatMap((v) =>
      v.resources.flatMap((r) => cachedFieldViews(model, r).map((path) => ({ group: g.name, version: v.version, resource: r.name, path }))),
    ),
  );
}

export function listCoreParams(model: ApiModel): CoreParams[] {
  return listParams(model)
    .filter((p) => p.group === '')
    .map(({ version, resource, path }) => ({ version, resource, path }));
}

export function listGroupParams(model: ApiModel): Params[] {
  return listParams(model).filter((p) => p.group !== '');
}
