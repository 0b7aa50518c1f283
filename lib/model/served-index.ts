/**
 * What one cluster serves, in a few kilobytes: its group-versions and, for
 * each, the resources' plural names and kinds with the facts the served-where
 * views need (preferred, deprecated). A site with many
 * clusters keeps this summary for every cluster while only a few full models
 * stay in memory (lib/sources/cluster-pool.ts), so the matrices never need
 * all models at once.
 */
import { crdDetailsKey } from '../crd/details';
import { saysDeprecated } from './deprecation-text';
import { knownRemoval } from './known-removals';
import type { ApiModel, ApiResource } from './types';

export interface ServedResource {
  /** Plural, as in the URL: `deployments`. */
  name: string;
  /** `Deployment`; empty when discovery gives none. */
  kind: string;
  /** The kind's schema says it is deprecated, or upstream removes this group-version's resource. */
  deprecated: boolean;
  /** Objects are stored in etcd as this version (known for CRDs whose definition the source could read). */
  storage?: boolean;
}

export interface ServedGroupVersion {
  /** `""` for core. */
  group: string;
  version: string;
  preferred: boolean;
  /** Discovery marked it stale, or its document failed: what it serves may be incomplete. */
  degraded?: string;
  resources: ServedResource[];
}

export interface ServedIndex {
  /** `v1.36.0`, from `/version`. */
  kubernetesVersion?: string;
  groupVersions: ServedGroupVersion[];
}

function isDeprecated(model: ApiModel, groupVersion: string, resource: ApiResource): boolean {
  if (knownRemoval(groupVersion, resource.name)) return true;
  const description = resource.definition ? model.definitions[resource.definition]?.description : undefined;
  return typeof description === 'string' && saysDeprecated(description);
}

/** True when the resource's CRD says this version is the one stored. */
function isStorageVersion(model: ApiModel, resource: ApiResource): boolean {
  const details = model.crdDetails?.state === 'known' ? model.crdDetails.byResource[crdDetailsKey(resource.group, resource.name)] : undefined;
  return details?.storageVersion === resource.version;
}

/** The summary of one model; group-versions in the model's order (discovery's, preferred first). */
export function servedIndexOf(model: ApiModel): ServedIndex {
  return {
    ...(model.kubernetesVersion ? { kubernetesVersion: model.kubernetesVersion } : {}),
    groupVersions: model.groups.flatMap((group) =>
      group.versions.map((gv): ServedGroupVersion => ({
        group: gv.group,
        version: gv.version,
        preferred: gv.preferred,
        ...(gv.error ? { degraded: gv.error } : gv.freshness === 'Stale' ? { degraded: 'discovery marks this group-version stale' } : {}),
        resources: gv.resources.map((r) => ({
          name: r.name,
          kind: r.kind,
          deprecated: isDeprecated(model, gv.groupVersion, r),
          ...(isStorageVersion(model, r) ? { storage: true } : {}),
        })),
      })),
    ),
  };
}
