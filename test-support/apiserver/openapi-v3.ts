/**
 * `/openapi/v3` for the kube-apiserver double. No real 1.36 v3 recording
 * exists here, so for the built-in kinds the group-version documents are
 * DERIVED from the real recorded `/openapi/v2`: each group-version's slice of
 * its definitions (lib/openapi/slice.ts), refs rewritten to
 * `#/components/schemas/`. That loses nothing the v2 document's schemas have,
 * and adds nothing they lack; `paths` hold the same operations in v3 form
 * (request bodies and responses with `content` per media type, shared
 * parameters as `components.parameters`: lib/openapi/operations-to-v3.ts),
 * also derived from v2. CRDs are published as
 * apiextensions-apiserver publishes them in v3: their structural schema
 * kept (lib/crd/openapi-v3.ts), not the lossy v2 conversion.
 */
import type { OpenAPIV2 } from 'openapi-types';
import { crdOpenApiV3ByGroupVersion, openApiV3Document, openApiV3Hash, v2RefsToV3 } from '../../lib/crd/openapi-v3';
import type { CustomResourceDefinition } from '../../lib/crd/types';
import { ACCEPT_JSON } from '../../lib/kube/media-type';
import { groupVersionOfPath, groupVersionSlice } from '../../lib/openapi/slice';
import type { DocumentSet } from './documents';

const encoder = new TextEncoder();

/** `apis/apps/v1` (or `api/v1`) → the schemas and paths of the built-in group-version, derived from v2. */
export function builtInV3Parts(
  v2: OpenAPIV2.Document,
): Map<string, { schemas: Record<string, unknown>; paths: Record<string, unknown>; parameters?: Record<string, unknown> }> {
  const groupVersions = new Map<string, { group: string; version: string }>();
  for (const path of Object.keys(v2.paths ?? {})) {
    const gv = groupVersionOfPath(path);
    if (gv) groupVersions.set(gv.group === '' ? `api/${gv.version}` : `apis/${gv.group}/${gv.version}`, gv);
  }
  const out = new Map<string, { schemas: Record<string, unknown>; paths: Record<string, unknown>; parameters?: Record<string, unknown> }>();
  for (const [key, { group, version }] of groupVersions) {
    const slice = groupVersionSlice(v2, group, version);
    out.set(key, {
      schemas: v2RefsToV3(slice.definitions ?? {}) as Record<string, unknown>,
      paths: slice.paths as Record<string, unknown>,
      parameters: (slice.parameters ?? {}) as Record<string, unknown>,
    });
  }
  return out;
}

/**
 * Adds `/openapi/v3` (the discovery document with hash URLs) and one JSON
 * document per group-version to `out`: built-in ones derived from `v2`
 * (before CRDs were merged into it), CRD ones from the CRDs themselves.
 * Group-versions in `unavailable` stay listed; the server answers them 503.
 */
export function publishOpenApiV3(out: DocumentSet, v2: OpenAPIV2.Document, crds: readonly CustomResourceDefinition[]): void {
  const shared = v2RefsToV3(v2.definitions ?? {}) as Record<string, unknown>;
  const byGroupVersion = builtInV3Parts(v2);
  for (const [key, part] of crdOpenApiV3ByGroupVersion(crds)) {
    if (!byGroupVersion.has(key)) byGroupVersion.set(key, part);
  }
  const paths: Record<string, { serverRelativeURL: string }> = {};
  for (const key of [...byGroupVersion.keys()].sort()) {
    const body = encoder.encode(JSON.stringify(openApiV3Document(key, byGroupVersion.get(key) ?? { schemas: {}, paths: {} }, shared)));
    out.set(`/openapi/v3/${key}`, ACCEPT_JSON, body);
    paths[key] = { serverRelativeURL: `/openapi/v3/${key}?hash=${openApiV3Hash(body)}` };
  }
  out.setJson('/openapi/v3', ACCEPT_JSON, { paths });
}
