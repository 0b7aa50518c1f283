import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootLayout } from '@/components/layout/RootLayout';
import { getPrimaryStatus } from '@/lib/sources';

/** The root layout of both builds (app/layout.server.tsx, app/layout.export.tsx): the primary source's status → the frame. */
export default async function RootLayoutRoute({ children }: { children: ReactNode }) {
  return <RootLayout status={await getPrimaryStatus()}>{children}</RootLayout>;
}

export async function rootMetadata(): Promise<Metadata> {
  const { model, location } = await getPrimaryStatus();
  if (!model) return { title: `Cannot load the API from ${location} · Kube API Atlas` };
  const version = model.kubernetesVersion ? `Kubernetes ${model.kubernetesVersion}` : 'Kubernetes';
  return {
    title: { default: `${version} API reference · Kube API Atlas`, template: `%s · ${version} · Kube API Atlas` },
    description: `Browsable API reference of ${model.source}: groups, versions, resources, verbs, HTTP operations and schemas.`,
  };
}
