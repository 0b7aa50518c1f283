import type { ReactNode } from 'react';
import { ClusterBar } from '@/components/clusters/ClusterBar';
import { ClusterPrefixProvider } from '@/components/clusters/ClusterPrefix.client';
import { SourceFailure, StaleBanner } from '@/components/layout/SourceStatusBanner';
import { enterCluster, exportedClusters, type ClusterParams } from '@/app/_routes/cluster';
import { healthOf } from '@/lib/sources/health';

/** Every other cluster that loads, in the export; the server renders any configured cluster on request. */
export function generateStaticParams(): Promise<ClusterParams[]> {
  return exportedClusters();
}

/**
 * `/c/NAME/...`: another cluster's pages. Says whose pages these are and how
 * the cluster is doing; a cluster that never loaded shows why instead of its
 * pages, and the other clusters' pages are untouched.
 */
export default async function ClusterLayout({ children, params }: { children: ReactNode; params: Promise<ClusterParams> }) {
  const { name, prefix, status } = await enterCluster((await params).cluster);
  return (
    <ClusterPrefixProvider prefix={prefix}>
      <ClusterBar name={name} health={healthOf(status)} kubernetesVersion={status.model?.kubernetesVersion} />
      {status.model ? (
        <>
          <StaleBanner status={status} />
          {children}
        </>
      ) : (
        <SourceFailure status={status} />
      )}
    </ClusterPrefixProvider>
  );
}
