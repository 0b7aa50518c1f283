import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { RootLayout } from '@/components/layout/RootLayout';
import { getPrimaryStatus } from '@/lib/sources';
import { httpStatusOf } from '@/lib/sources/failure';
import { headerClusters, livePageETag, registerLivePageETag } from './live-page-etag';
import { setPageETag, setPageStatus } from '@/lib/site/response-status';

/** The root layout of both builds (app/layout.server.tsx, app/layout.export.tsx): the primary source's status → the frame. */
export default async function RootLayoutRoute({ children }: { children: ReactNode }) {
  const status = await getPrimaryStatus();
  // The failure page below is still a failure: 502/503 so monitoring sees it (a stale page stays 200).
  const code = httpStatusOf(status);
  if (code !== 200) setPageStatus(code);
  const clusters = headerClusters(status);
  // Live pages are revalidated against the documents they show (snapshot pages get theirs in proxy.server.ts).
  const etag = livePageETag(status, clusters);
  if (etag) setPageETag(etag);
  registerLivePageETag();
  return (
    <RootLayout status={status} clusters={clusters}>
      {children}
    </RootLayout>
  );
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
