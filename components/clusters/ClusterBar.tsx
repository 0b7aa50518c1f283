import { AppLink } from '@/components/ui/AppLink';
import type { ClusterHealth } from '@/lib/model/served-where';
import { HealthBadge } from './HealthBadge';

/** Above another cluster's pages: whose pages these are, and how the cluster is doing (the stale banner or the failure below say why). */
export function ClusterBar({ name, health, kubernetesVersion }: { name: string; health: ClusterHealth; kubernetesVersion: string | undefined }) {
  return (
    <p className="cluster-bar" data-cluster-bar={name}>
      Cluster{' '}
      <strong>
        <bdi>{name}</bdi>
      </strong>
      {kubernetesVersion ? <span className="muted"> · Kubernetes {kubernetesVersion}</span> : null} <HealthBadge health={health} /> ·{' '}
      <AppLink href="/clusters">every cluster</AppLink>
    </p>
  );
}
