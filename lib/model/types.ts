/**
 * The app's model of one API server: plain, serializable data built by
 * `buildModel` from discovery and OpenAPI. Pages take slices of it.
 */
import type { OpenAPIV2 } from 'openapi-types';
import type { DiscoveryFormat, GroupVersionKind, Scope } from '../kube/discovery/types';
import type { SourceProblem } from '../kube/problems';
import type { CrdDetailsState } from '../crd/details';
import type { SchemaStore } from './schema-store';
import type { Stability } from './versions';

export type { GroupVersionKind, Scope, SourceProblem, Stability };

/** Where a fact came from: discovery, the OpenAPI document, or both. */
export interface Provenance {
  discovery: boolean;
  openapi: boolean;
}

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';

export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'body' | 'formData';
  required: boolean;
  /** Display type: `string`, `integer`, `boolean`, or a definition's short name for bodies. */
  type: string;
  /** Full definition name when the parameter's schema is a `$ref`. */
  definition?: string;
  description?: string;
  uniqueItems?: boolean;
}

export interface ApiResponse {
  code: string;
  description: string;
  type?: string;
  definition?: string;
}

export interface ApiOperation {
  method: HttpMethod;
  path: string;
  operationId?: string;
  /** `x-kubernetes-action`: get, list, watch, watchlist, create (post), update (put), patch, delete, deletecollection, connect. */
  action?: string;
  description?: string;
  /** The path is under `namespaces/{namespace}/`. */
  namespaced: boolean;
  /** One of the deprecated `/watch/` paths. */
  deprecatedWatchPath: boolean;
  kind?: GroupVersionKind;
  parameters: ApiParameter[];
  responses: ApiResponse[];
  consumes: string[];
  produces: string[];
}

export interface ApiSubresource {
  name: string;
  kind?: GroupVersionKind;
  /** Definition of `kind`, when OpenAPI has one. */
  definition?: string;
  verbs: string[];
  operations: ApiOperation[];
  provenance: Provenance;
}

export interface ApiResource {
  group: string;
  version: string;
  /** Plural name as in the URL: `deployments`. */
  name: string;
  singular: string;
  kind: string;
  scope: Scope;
  verbs: string[];
  shortNames: string[];
  categories: string[];
  subresources: ApiSubresource[];
  operations: ApiOperation[];
  /** The OpenAPI definition holding this kind's schema (via `x-kubernetes-group-version-kind`). */
  definition?: string;
  /** The definition of `<Kind>List`. */
  listDefinition?: string;
  provenance: Provenance;
}

export interface ApiGroupVersion {
  /** `""` for the core group. */
  group: string;
  version: string;
  /** `apps/v1`, or `v1` for core: the `apiVersion` of its objects. */
  groupVersion: string;
  /** `/apis/apps/v1` or `/api/v1`. */
  path: string;
  stability: Stability;
  preferred: boolean;
  freshness: 'Current' | 'Stale';
  /** This group-version's discovery failed; its resources may be missing. */
  error?: string;
  resources: ApiResource[];
  /** Kinds whose schema names this group-version but no resource serves (besides List and option kinds). */
  unlistedKinds: UnlistedKind[];
  provenance: Provenance;
}

export interface ApiGroup {
  /** `""` for the core group. */
  name: string;
  /** `core` for the core group, else the group name. */
  displayName: string;
  /** `/api` or `/apis/NAME`. */
  path: string;
  preferredVersion: string;
  versions: ApiGroupVersion[];
}

export interface UnlistedKind {
  kind: GroupVersionKind;
  definition: string;
}

export type EndpointCategory = 'discovery' | 'openapi' | 'version' | 'health' | 'logs' | 'oidc' | 'other';

/** A path outside the resource API: `/version/`, `/logs/{logpath}`, discovery documents. */
export interface ApiEndpoint {
  path: string;
  category: EndpointCategory;
  operations: ApiOperation[];
}

export interface ApiModel {
  /** Names the source: `snapshot kubernetes-1.36`, a server URL. */
  source: string;
  /** `gitVersion` from `/version`. */
  kubernetesVersion?: string;
  /** How the groups were discovered; `openapi` when derived from the OpenAPI document alone. */
  discoveryFormat: DiscoveryFormat | 'openapi';
  /** Which encoding `/openapi/v2` was read in (`protobuf`, `JSON`); absent when it could not be read. */
  openapiEncoding?: string;
  groups: ApiGroup[];
  /** Schemas by definition name, as published (the schema store's; whatever document they came from). */
  definitions: Record<string, OpenAPIV2.SchemaObject>;
  /** The documents the schemas were read from, and which one each definition came from. */
  schemaSources: Pick<SchemaStore, 'documents' | 'origin'>;
  /**
   * The `/openapi/v2` document as published (its `definitions` are the ones
   * above), for spec slices and the download; absent when it could not be read.
   * Server-side only: pages never pass it to client components.
   */
  openapi?: OpenAPIV2.Document;
  /** For each definition that is some kind's schema, those kinds. */
  kindsByDefinition: Record<string, GroupVersionKind[]>;
  /**
   * What the CRDs behind custom resources say beyond discovery and OpenAPI
   * (every version, storage version, printer columns, conversion), from CRD
   * files or the cluster's `customresourcedefinitions` list; `forbidden` when
   * the source may not list them; absent when unknown (snapshots).
   */
  crdDetails?: CrdDetailsState;
  endpoints: ApiEndpoint[];
  problems: SourceProblem[];
}
