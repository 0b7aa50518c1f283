/**
 * What a cluster serves compared with a reference (say the upstream snapshot
 * of the same minor release): upstream group-versions it does not serve, and
 * why that usually is, and the groups it adds (CRDs, aggregated API servers).
 */
import { diffModels, type GroupVersionRef } from './diff';
import type { ApiModel } from './types';

export interface MissingGroupVersion extends GroupVersionRef {
  /** Why a cluster usually lacks it, from its stability level. */
  reason: string;
  /** The kube-apiserver flag that turns it on. */
  enableWith: string;
}

export interface ExtraGroup {
  group: string;
  versions: GroupVersionRef[];
  /** True when the reference has the group but not these versions. */
  knownGroup: boolean;
}

export interface Coverage {
  missing: MissingGroupVersion[];
  extra: ExtraGroup[];
}

function reasonFor(gv: GroupVersionRef): string {
  switch (gv.stability) {
    case 'alpha':
      return 'Alpha: off by default; the operator has not enabled it.';
    case 'beta':
      return 'Beta: new beta APIs are off by default since Kubernetes 1.24, or the operator turned it off.';
    case 'stable':
      return 'Stable: on by default, so the operator turned it off (or the server runs another release).';
    default:
      return 'Not served by this cluster.';
  }
}

/** Compares `cluster` with `reference`. Deterministic, in the diff's order. */
export function coverage(cluster: ApiModel, reference: ApiModel): Coverage {
  const diff = diffModels(reference, cluster);
  const referenceGroups = new Set(reference.groups.map((g) => g.name));
  const extra = new Map<string, ExtraGroup>();
  for (const gv of diff.groupVersionsAdded) {
    const entry = extra.get(gv.group) ?? { group: gv.group, versions: [], knownGroup: referenceGroups.has(gv.group) };
    entry.versions.push(gv);
    extra.set(gv.group, entry);
  }
  return {
    missing: diff.groupVersionsRemoved.map((gv) => ({ ...gv, reason: reasonFor(gv), enableWith: `--runtime-config=${gv.groupVersion}=true` })),
    extra: [...extra.values()],
  };
}
