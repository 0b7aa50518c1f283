/**
 * The format-neutral schema store: every schema a source published, by
 * definition name, and which document each one was read from. Built from
 * `/openapi/v2` (`definitions`) or from `/openapi/v3` group-version documents
 * (`components.schemas`), or both, so pages, search, compare and export work
 * on named schemas and never on a wire format. Pure.
 */
import type { Schema } from './schema-types';

/** A document schemas were read from: `/openapi/v2`, `/openapi/v3/apis/apps/v1`. */
export interface SchemaDocument {
  /** The request path, as the API server serves it. */
  path: string;
  format: 'OpenAPI v2' | 'OpenAPI v3';
  /** Where the document came from when no server sent it: `CRD file crds/pingsource.yaml`. */
  origin?: string;
}

export interface SchemaStore {
  /** Schemas by definition name (`io.k8s.api.apps.v1.Deployment`), as published. */
  definitions: Record<string, Schema>;
  /** The documents read, in the order they were preferred. */
  documents: SchemaDocument[];
  /** For each definition, the index in `documents` of the document it was taken from. */
  origin: Record<string, number>;
}

/** One OpenAPI v3 group-version document: the parts the store reads. */
export interface OpenApiV3Part {
  /** `/openapi/v3/apis/apps/v1`. */
  path: string;
  origin?: string;
  components?: { schemas?: Record<string, unknown> };
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Adds each schema not already in the store, marking where it came from: earlier documents win. */
function add(store: SchemaStore, document: SchemaDocument, schemas: Record<string, unknown> | undefined): void {
  const index = store.documents.length;
  store.documents.push(document);
  for (const [name, schema] of Object.entries(schemas ?? {})) {
    // A definition that is not an object is skipped, as the v2 model always has: nothing can be shown of it.
    if (!isSchema(schema) || Object.hasOwn(store.definitions, name)) continue;
    store.definitions[name] = schema;
    store.origin[name] = index;
  }
}

export interface SchemaStoreInput {
  /** OpenAPI v3 group-version documents: preferred, they lose nothing of what the server knows. */
  v3?: readonly OpenApiV3Part[];
  /** The `/openapi/v2` definitions: for what no v3 document published. */
  v2?: { definitions?: Record<string, unknown> };
}

/**
 * Builds the store. v3 documents come first: a definition several of them
 * publish (ObjectMeta is in every group-version's document) is the same
 * schema, and is taken from the first. v2 fills in the rest.
 */
export function buildSchemaStore(input: SchemaStoreInput): SchemaStore {
  const store: SchemaStore = { definitions: {}, documents: [], origin: {} };
  for (const part of input.v3 ?? [])
    add(store, { path: part.path, format: 'OpenAPI v3', ...(part.origin ? { origin: part.origin } : {}) }, part.components?.schemas);
  if (input.v2) {
    // The encoding it was read in is the model's `openapiEncoding`: the same schemas either way.
    add(store, { path: '/openapi/v2', format: 'OpenAPI v2' }, input.v2.definitions);
  }
  // Documents that contributed nothing stay listed: a page can still say they were read.
  return store;
}

/** The document a definition's schema was read from; undefined for unknown names. */
export function schemaOrigin(store: SchemaStore, definition: string): SchemaDocument | undefined {
  const index = store.origin[definition];
  return index === undefined ? undefined : store.documents[index];
}
