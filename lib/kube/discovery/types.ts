/**
 * Discovery, normalized: the same shape whether the server sent aggregated
 * discovery (`apidiscovery.k8s.io/v2` or `v2beta1`) or the legacy documents.
 * Order is the server's: the first version of a group is its preferred one.
 */

export type DiscoveryFormat = 'aggregated-v2' | 'aggregated-v2beta1' | 'legacy';

export type Scope = 'Namespaced' | 'Cluster';

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface DiscoveredSubresource {
  /** `status`, `scale`, `log`, ... */
  subresource: string;
  /** The kind this subresource accepts and returns (`autoscaling/v1` `Scale`); absent when the server gives none. */
  responseKind?: GroupVersionKind;
  verbs: string[];
  acceptedTypes?: GroupVersionKind[];
}

export interface DiscoveredResource {
  /** Plural resource name as in the URL: `deployments`. */
  resource: string;
  singular: string;
  responseKind?: GroupVersionKind;
  scope: Scope;
  verbs: string[];
  shortNames: string[];
  categories: string[];
  subresources: DiscoveredSubresource[];
}

export interface DiscoveredVersion {
  version: string;
  /** `Stale`: an aggregated API server has not answered the latest discovery refresh. */
  freshness: 'Current' | 'Stale';
  resources: DiscoveredResource[];
  /** Set when this group-version's own document could not be fetched or decoded (legacy discovery). */
  error?: string;
}

export interface DiscoveredGroup {
  /** `""` for the core group. */
  name: string;
  versions: DiscoveredVersion[];
  /** The preferred version; the first listed when the server does not say. */
  preferredVersion: string;
}

export interface Discovery {
  format: DiscoveryFormat;
  groups: DiscoveredGroup[];
}
