/**
 * Kubernetes API version names and their priority, as in apimachinery's
 * `version.CompareKubeAwareVersionStrings`: stable (`v2`, `v1`) before beta
 * (`v2beta1`, `v1beta2`, `v1beta1`) before alpha, higher numbers first; names
 * that are not Kubernetes-style (`2023-01`) come last, in lexical order.
 */

export type Stability = 'stable' | 'beta' | 'alpha' | 'other';

export interface ParsedVersion {
  stability: Stability;
  major: number;
  /** The number after `alpha`/`beta`; 0 for stable and other versions. */
  minor: number;
}

const KUBE_VERSION = /^v([1-9]\d*)(?:(alpha|beta)([1-9]\d*))?$/;

/** Parses a version name such as `v1`, `v2beta3` or `v1alpha1`. */
export function parseVersion(name: string): ParsedVersion {
  const match = KUBE_VERSION.exec(name);
  if (!match) return { stability: 'other', major: 0, minor: 0 };
  const [, major = '0', level, minor = '0'] = match;
  return {
    stability: level === 'alpha' ? 'alpha' : level === 'beta' ? 'beta' : 'stable',
    major: Number(major),
    minor: level ? Number(minor) : 0,
  };
}

export function stabilityOf(version: string): Stability {
  return parseVersion(version).stability;
}

const RANK: Record<Stability, number> = { stable: 0, beta: 1, alpha: 2, other: 3 };

/** Sort comparator: negative when `a` has higher priority than `b`. */
export function compareVersionPriority(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (pa.stability !== pb.stability) return RANK[pa.stability] - RANK[pb.stability];
  if (pa.stability === 'other') return a < b ? -1 : a > b ? 1 : 0;
  return pb.major - pa.major || pb.minor - pa.minor;
}

/**
 * The groups Kubernetes itself serves (kube-apiserver's built-in groups as of
 * v1.36, plus the removed `extensions`). Its versioning policy is a promise
 * about these only: a CRD's or an aggregated server's `v1alpha1` means what its
 * publisher says, even under `*.k8s.io` (Gateway API, metrics).
 */
const BUILT_IN_GROUPS = new Set([
  '',
  'admission.k8s.io',
  'admissionregistration.k8s.io',
  'apiextensions.k8s.io',
  'apiregistration.k8s.io',
  'apps',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'autoscaling',
  'batch',
  'certificates.k8s.io',
  'coordination.k8s.io',
  'discovery.k8s.io',
  'events.k8s.io',
  'extensions',
  'flowcontrol.apiserver.k8s.io',
  'imagepolicy.k8s.io',
  'internal.apiserver.k8s.io',
  'networking.k8s.io',
  'node.k8s.io',
  'policy',
  'rbac.authorization.k8s.io',
  'resource.k8s.io',
  'scheduling.k8s.io',
  'storage.k8s.io',
  'storagemigration.k8s.io',
]);

/** True for a group kube-apiserver serves itself (`apps`, `batch`, `networking.k8s.io`), false for CRDs and aggregated APIs. */
export function isBuiltInGroup(group: string): boolean {
  return BUILT_IN_GROUPS.has(group);
}

/** What a version name means in a group Kubernetes does not own: a convention its publisher may or may not follow. */
export const PUBLISHER_STABILITY_MEANING: Record<Stability, string> = {
  stable:
    "Stable by name (vN). This group is not part of Kubernetes: the name follows the Kubernetes convention, but what it promises is up to the group's publisher.",
  beta: "Beta by name (v2beta3). This group is not part of Kubernetes: by convention the schema may still change; how long it is supported and whether it is enabled is up to the group's publisher.",
  alpha:
    "Alpha by name (v1alpha1). This group is not part of Kubernetes: by convention an early version that may change; whether it is enabled, and for how long it is supported, is up to the group's publisher.",
  other: 'Not a Kubernetes-style version name, so it carries no stability promise that can be read from the name.',
};

/** The stability text for a group-version: Kubernetes' policy for its own groups, the naming convention for others. */
export function stabilityMeaning(group: string, stability: Stability): string {
  return isBuiltInGroup(group) ? STABILITY_MEANING[stability] : PUBLISHER_STABILITY_MEANING[stability];
}

/** What each stability level promises for Kubernetes' own groups, in the words of the Kubernetes API versioning policy. */
export const STABILITY_MEANING: Record<Stability, string> = {
  stable: 'Stable (GA): the version name is vN. Enabled by default; appears in released software for many subsequent versions.',
  beta: 'Beta: the version name contains beta (v2beta3). Enabled by default in older releases, off by default for new beta APIs since Kubernetes 1.24; well tested, but the schema may change in a later beta or stable version, with a migration path. Not recommended for business-critical uses without a plan to migrate.',
  alpha:
    'Alpha: the version name contains alpha (v1alpha1). Disabled by default; may be buggy, may change in incompatible ways or be dropped in a later release without notice. For short-lived test clusters.',
  other: 'Not a Kubernetes-style version name, so it carries no stability promise that can be read from the name.',
};
