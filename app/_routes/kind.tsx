import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { KindPage, KindsPage } from '@/components/pages/KindPage';
import { kindsOf } from '@/lib/model/kinds';
import type { ApiModel } from '@/lib/model/types';
import { getModel } from '@/lib/sources';
import { servedWhere as servedWhereOf } from './served-where';
import { param } from './params';

export type Params = { kind: string };

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  return { title: `${param((await params).kind)} (kind)` };
}

/** `/kinds/KIND`. */
export default async function KindRoute({ params }: { params: Promise<Params> }) {
  const kind = param((await params).kind);
  const model = await getModel();
  const servings = kindsOf(model).get(kind);
  if (!servings) notFound();
  const servedWhere = await servedWhereOf({ type: 'kind', kind });
  return <KindPage model={model} kind={kind} servings={servings} {...(servedWhere ? { servedWhere } : {})} />;
}

/** `/kinds`. */
export async function KindsIndexRoute() {
  return <KindsPage model={await getModel()} />;
}

/** Every kind page, for the static export. */
export function listParams(model: ApiModel): Params[] {
  return [...kindsOf(model).keys()].map((kind) => ({ kind }));
}
