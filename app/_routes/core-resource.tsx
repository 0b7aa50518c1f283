import type { Metadata } from 'next';
import type { ApiModel } from '@/lib/model/types';
import { param } from './params';
import { renderResource } from './resource';

export type Params = { version: string; resource: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { version, resource } = await params;
  return { title: `${param(resource)} (${param(version)})` };
}

export default async function CoreResourceRoute({ params }: { params: Promise<Params> }) {
  const { version, resource } = await params;
  return renderResource('', version, resource);
}

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return model.groups
    .filter((g) => g.name === '')
    .flatMap((g) => g.versions.flatMap((v) => v.resources.map((r) => ({ version: v.version, resource: r.name }))));
}
