import { STABILITY_MEANING } from '@/lib/model/versions';
import { StabilityBadge } from '@/components/ui/Badges';

const OTHER_GROUPS =
  "These levels are Kubernetes' promises for its own groups. In a CRD's or an aggregated API's group, alpha, beta and vN are only names: what they promise is up to the group's publisher.";

/** The short explanation of groups and stability levels the home page opens with. */
export function Explainers() {
  return (
    <div className="explainers">
      <div>
        <h3>Core and named groups</h3>
        <p>
          The <strong>core</strong> group (Pods, Services, ConfigMaps, ...) is served at <code>/api/v1</code>; its objects say{' '}
          <code>apiVersion: v1</code>. Every other group is <strong>named</strong> and served at <code>/apis/GROUP/VERSION</code>, with{' '}
          <code>apiVersion: GROUP/VERSION</code> (<code>apps/v1</code>). CRDs and aggregated API servers add named groups.
        </p>
      </div>
      {(['stable', 'beta', 'alpha'] as const).map((level) => (
        <div key={level}>
          <h3>
            <StabilityBadge stability={level} group="" />
          </h3>
          <p>{STABILITY_MEANING[level]}</p>
          {level === 'alpha' ? <p className="small muted">{OTHER_GROUPS}</p> : null}
        </div>
      ))}
      <div>
        <h3>Turning versions on and off</h3>
        <p>
          A cluster operator enables or disables group-versions with kube-apiserver&apos;s <code>--runtime-config</code> flag (for example{' '}
          <code>--runtime-config=resource.k8s.io/v1beta2=true</code>), so two clusters of the same release can serve different APIs. This page shows
          what this source serves.
        </p>
      </div>
    </div>
  );
}
