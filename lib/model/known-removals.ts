/**
 * API versions upstream Kubernetes has removed, with the release that
 * removed them and what to use instead, from the Kubernetes "Deprecated API
 * Migration Guide". Documents alone cannot say when an API goes away; this
 * table lets the site say so for the well-known cases.
 *
 * Source: https://kubernetes.io/docs/reference/using-api/deprecation-guide/
 * ("Removed APIs by release", sections v1.16 to v1.32), checked again for
 * v1.33–v1.36 against the guide's source
 * (kubernetes/website content/en/docs/reference/using-api/deprecation-guide.md):
 * its newest section is still v1.32, written in the past tense ("the v1.32
 * release stopped serving"), so the guide schedules no removal for v1.33 to
 * v1.36 and none is encoded. Two beta APIs the embedded 1.28 snapshot serves
 * and 1.36 does not are in no section of the guide
 * (admissionregistration.k8s.io/v1beta1 validatingadmissionpolicies and
 * bindings, authentication.k8s.io/v1beta1 selfsubjectreviews), so they get no
 * "removed in" here; known-removals.test.ts names them and fails on any other
 * removal between the embedded snapshots.
 */
export interface KnownRemoval {
  groupVersion: string;
  /** Resources (plural) affected; empty = the whole group-version. */
  resources: string[];
  removedIn: string;
  /** `apps/v1`, or a sentence when there is no direct replacement. */
  replacement: string;
}

export const KNOWN_REMOVALS: readonly KnownRemoval[] = [
  { groupVersion: 'extensions/v1beta1', resources: ['daemonsets', 'deployments', 'replicasets'], removedIn: 'v1.16', replacement: 'apps/v1' },
  { groupVersion: 'extensions/v1beta1', resources: ['networkpolicies'], removedIn: 'v1.16', replacement: 'networking.k8s.io/v1' },
  { groupVersion: 'extensions/v1beta1', resources: ['podsecuritypolicies'], removedIn: 'v1.16', replacement: 'policy/v1beta1' },
  { groupVersion: 'apps/v1beta1', resources: ['deployments', 'statefulsets', 'replicasets'], removedIn: 'v1.16', replacement: 'apps/v1' },
  {
    groupVersion: 'apps/v1beta2',
    resources: ['daemonsets', 'deployments', 'statefulsets', 'replicasets'],
    removedIn: 'v1.16',
    replacement: 'apps/v1',
  },
  {
    groupVersion: 'admissionregistration.k8s.io/v1beta1',
    resources: ['mutatingwebhookconfigurations', 'validatingwebhookconfigurations'],
    removedIn: 'v1.22',
    replacement: 'admissionregistration.k8s.io/v1',
  },
  {
    groupVersion: 'apiextensions.k8s.io/v1beta1',
    resources: ['customresourcedefinitions'],
    removedIn: 'v1.22',
    replacement: 'apiextensions.k8s.io/v1',
  },
  { groupVersion: 'apiregistration.k8s.io/v1beta1', resources: ['apiservices'], removedIn: 'v1.22', replacement: 'apiregistration.k8s.io/v1' },
  { groupVersion: 'authentication.k8s.io/v1beta1', resources: ['tokenreviews'], removedIn: 'v1.22', replacement: 'authentication.k8s.io/v1' },
  {
    groupVersion: 'authorization.k8s.io/v1beta1',
    resources: ['localsubjectaccessreviews', 'selfsubjectaccessreviews', 'subjectaccessreviews', 'selfsubjectrulesreviews'],
    removedIn: 'v1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  {
    groupVersion: 'certificates.k8s.io/v1beta1',
    resources: ['certificatesigningrequests'],
    removedIn: 'v1.22',
    replacement: 'certificates.k8s.io/v1',
  },
  { groupVersion: 'coordination.k8s.io/v1beta1', resources: ['leases'], removedIn: 'v1.22', replacement: 'coordination.k8s.io/v1' },
  { groupVersion: 'extensions/v1beta1', resources: ['ingresses'], removedIn: 'v1.22', replacement: 'networking.k8s.io/v1' },
  { groupVersion: 'networking.k8s.io/v1beta1', resources: ['ingresses', 'ingressclasses'], removedIn: 'v1.22', replacement: 'networking.k8s.io/v1' },
  {
    groupVersion: 'rbac.authorization.k8s.io/v1beta1',
    resources: ['clusterroles', 'clusterrolebindings', 'roles', 'rolebindings'],
    removedIn: 'v1.22',
    replacement: 'rbac.authorization.k8s.io/v1',
  },
  { groupVersion: 'scheduling.k8s.io/v1beta1', resources: ['priorityclasses'], removedIn: 'v1.22', replacement: 'scheduling.k8s.io/v1' },
  {
    groupVersion: 'storage.k8s.io/v1beta1',
    resources: ['csidrivers', 'csinodes', 'storageclasses', 'volumeattachments'],
    removedIn: 'v1.22',
    replacement: 'storage.k8s.io/v1',
  },
  { groupVersion: 'batch/v1beta1', resources: ['cronjobs'], removedIn: 'v1.25', replacement: 'batch/v1' },
  { groupVersion: 'discovery.k8s.io/v1beta1', resources: ['endpointslices'], removedIn: 'v1.25', replacement: 'discovery.k8s.io/v1' },
  { groupVersion: 'events.k8s.io/v1beta1', resources: ['events'], removedIn: 'v1.25', replacement: 'events.k8s.io/v1' },
  { groupVersion: 'autoscaling/v2beta1', resources: ['horizontalpodautoscalers'], removedIn: 'v1.25', replacement: 'autoscaling/v2' },
  { groupVersion: 'policy/v1beta1', resources: ['poddisruptionbudgets'], removedIn: 'v1.25', replacement: 'policy/v1' },
  {
    groupVersion: 'policy/v1beta1',
    resources: ['podsecuritypolicies'],
    removedIn: 'v1.25',
    replacement: 'no replacement: use Pod Security Admission or a third-party admission webhook',
  },
  { groupVersion: 'node.k8s.io/v1beta1', resources: ['runtimeclasses'], removedIn: 'v1.25', replacement: 'node.k8s.io/v1' },
  {
    groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta1',
    resources: ['flowschemas', 'prioritylevelconfigurations'],
    removedIn: 'v1.26',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  { groupVersion: 'autoscaling/v2beta2', resources: ['horizontalpodautoscalers'], removedIn: 'v1.26', replacement: 'autoscaling/v2' },
  { groupVersion: 'storage.k8s.io/v1beta1', resources: ['csistoragecapacities'], removedIn: 'v1.27', replacement: 'storage.k8s.io/v1' },
  {
    groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta2',
    resources: ['flowschemas', 'prioritylevelconfigurations'],
    removedIn: 'v1.29',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
  {
    groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta3',
    resources: ['flowschemas', 'prioritylevelconfigurations'],
    removedIn: 'v1.32',
    replacement: 'flowcontrol.apiserver.k8s.io/v1',
  },
];

/**
 * Stable APIs upstream deprecates without removing them: the migration guide
 * lists only removals, and the Kubernetes deprecation policy never removes a
 * GA (v1) API within Kubernetes v1, so "removed in" is "not scheduled". The
 * replacement is what the API's own description and its deprecation KEP name
 * (Endpoints: "Use discoveryv1.EndpointSlice"; ComponentStatus: KEP-553).
 */
export interface KnownDeprecation {
  /** OpenAPI definition of the kind: `io.k8s.api.core.v1.Endpoints`. */
  definition: string;
  deprecatedIn: string;
  removedIn: string;
  replacement: string;
}

const NOT_SCHEDULED = 'not scheduled (a stable API is not removed within Kubernetes v1)';

export const KNOWN_DEPRECATIONS: readonly KnownDeprecation[] = [
  { definition: 'io.k8s.api.core.v1.Endpoints', deprecatedIn: 'v1.33', removedIn: NOT_SCHEDULED, replacement: 'discovery.k8s.io/v1 EndpointSlice' },
  {
    definition: 'io.k8s.api.core.v1.ComponentStatus',
    deprecatedIn: 'v1.19',
    removedIn: NOT_SCHEDULED,
    replacement: "no API: ask each component's /livez and /readyz endpoints",
  },
];

/** The known deprecation of a kind's definition (or of its list kind, `EndpointsList`), if any. */
export function knownDeprecation(definition: string): KnownDeprecation | undefined {
  return KNOWN_DEPRECATIONS.find((d) => d.definition === definition || `${d.definition}List` === definition);
}

/** The known removal of a resource of a group-version, if any. */
export function knownRemoval(groupVersion: string, resource: string): KnownRemoval | undefined {
  return KNOWN_REMOVALS.find((r) => r.groupVersion === groupVersion && (r.resources.length === 0 || r.resources.includes(resource)));
}
