import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { DefinitionPage } from '@/components/pages/DefinitionPage';
import { shortDefinitionName } from '@/lib/model/schema-types';
import type { ApiModel } from '@/lib/model/types';
import { getModel } from '@/lib/sources';
import { param } from './params';

export type Params = { name: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: shortDefinitionName(param((await params).name)) };
}

/** `/definitions/NAME`. */
export default async function DefinitionRoute({ params }: { params: Promise<Params> }) {
  const name = param((await params).name);
  const model = await getModel();
  const schema = model.definitions[name];
  if (!schema) notFound();
  return <DefinitionPage model={model} name={name} schema={schema} />;
}

/** Every page of this route, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return Object.keys(model.definitions).map((name) => ({ name }));
}
