/**
 * The parts of an OpenAPI v3 group-version document (`/openapi/v3/apis/apps/v1`)
 * the site reads: its schemas, its operations (`paths`, with the shared
 * `components.parameters` they refer to), and where it was read from.
 */
export interface OpenApiV3Document {
  /** The request path without its `hash` query: `/openapi/v3/apis/apps/v1`. */
  path: string;
  /** Set when the document was not read from a server: `CRD file crds/pingsource.yaml` (a `crds:DIR` source). */
  origin?: string;
  openapi: string;
  paths?: Record<string, unknown>;
  components?: { schemas?: Record<string, unknown>; parameters?: Record<string, unknown> };
}
