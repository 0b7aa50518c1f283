/**
 * The parts of `apiextensions.k8s.io/v1` CustomResourceDefinition that
 * decide what an API server publishes for it in discovery and OpenAPI.
 */

/** A JSON Schema (OpenAPI v3 subset) as a CRD holds it. */
export type JsonSchema = Record<string, unknown>;

export interface CrdNames {
  plural: string;
  singular?: string;
  kind: string;
  listKind?: string;
  shortNames?: string[];
  categories?: string[];
}

export interface CrdVersion {
  name: string;
  served: boolean;
  storage: boolean;
  deprecated?: boolean;
  deprecationWarning?: string;
  schema?: { openAPIV3Schema?: JsonSchema };
  subresources?: {
    status?: Record<string, never>;
    scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  };
  /** The columns `kubectl get` prints for this version (the server's Table conversion). */
  additionalPrinterColumns?: Array<{ name: string; type: string; jsonPath: string; description?: string; format?: string; priority?: number }>;
  /** Fields usable in field selectors (`kubectl get --field-selector`), beyond metadata.name and metadata.namespace. */
  selectableFields?: Array<{ jsonPath: string }>;
}

/** How the API server converts objects between versions. */
export interface CrdConversion {
  strategy: 'None' | 'Webhook';
  webhook?: {
    conversionReviewVersions?: string[];
    clientConfig?: { service?: { name: string; namespace: string; path?: string; port?: number }; url?: string };
  };
}

export interface CustomResourceDefinition {
  apiVersion: 'apiextensions.k8s.io/v1';
  kind: 'CustomResourceDefinition';
  metadata: { name: string };
  spec: {
    group: string;
    names: CrdNames;
    scope: 'Namespaced' | 'Cluster';
    versions: CrdVersion[];
    /** Deprecated v1beta1 field; when true the whole object is published as an untyped object. */
    preserveUnknownFields?: boolean;
    conversion?: CrdConversion;
  };
}

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}
