/**
 * Merges CRDs into a server's documents the way kube-apiserver shows them:
 * CRD groups appended to aggregated and legacy discovery after the built-in
 * groups (their APIServices all share the lowest group priority, so they
 * sort by name), one `APIGroup` and one `APIResourceList` per served
 * group-version, and the definitions and paths merged into `/openapi/v2`.
 * Pure: the base documents are not modified.
 */
import { aggregatedGroupsForCrds, legacyGroupsForCrds, resourceListForCrds, servedGroups } from './discovery';
import { crdOpenApiV2 } from './openapi-v2';
import type { CustomResourceDefinition, JsonSchema } from './types';

export interface BaseDocuments {
  /** `/apis` as `APIGroupDiscoveryList` (aggregated v2). */
  aggregatedApis: { items: unknown[] } & Record<string, unknown>;
  /** `/apis` as legacy `APIGroupList`. */
  legacyApis: { groups: Array<{ name: string }> } & Record<string, unknown>;
  /** `/openapi/v2` as JSON. */
  openapi: { definitions?: Record<string, unknown>; paths?: Record<string, unknown> } & Record<string, unknown>;
}

export interface PublishedDocuments {
  aggregatedApis: unknown;
  legacyApis: unknown;
  /** `/apis/GROUP` and `/apis/GROUP/VERSION` legacy documents of the CRD groups. */
  legacyDocuments: Array<{ path: string; document: unknown }>;
  openapi: unknown;
  /** CRDs left out because their group is served by the server itself. */
  skipped: string[];
}

function sortedRecord<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key] as T]),
  );
}

/**
 * The documents a server with `base` built in and `crds` installed serves.
 * `stale` holds "group/version" keys marked `Stale` in aggregated discovery.
 */
export function publishCrds(
  base: BaseDocuments,
  crds: readonly CustomResourceDefinition[],
  options: { stale?: ReadonlySet<string> } = {},
): PublishedDocuments {
  const builtIn = new Set(base.legacyApis.groups.map((g) => g.name));
  const skipped = crds.filter((crd) => builtIn.has(crd.spec.group)).map((crd) => crd.metadata.name);
  const installed = crds.filter((crd) => !builtIn.has(crd.spec.group));

  const legacyGroups = legacyGroupsForCrds(installed);
  const legacyDocuments: PublishedDocuments['legacyDocuments'] = [];
  for (const group of legacyGroups) {
    legacyDocuments.push({ path: `/apis/${group.name}`, document: { apiVersion: 'v1', kind: 'APIGroup', ...group } });
  }
  for (const { versions } of servedGroups(installed)) {
    for (const gv of versions) legacyDocuments.push({ path: `/apis/${gv.group}/${gv.version}`, document: resourceListForCrds(gv) });
  }

  const definitions: Record<string, unknown> = { ...(base.openapi.definitions ?? {}) };
  const paths: Record<string, unknown> = { ...(base.openapi.paths ?? {}) };
  for (const crd of installed) {
    for (const version of crd.spec.versions) {
      const published = crdOpenApiV2(crd, version.name);
      Object.assign(definitions, published.definitions as Record<string, JsonSchema>);
      Object.assign(paths, published.paths);
    }
  }
  return {
    aggregatedApis: { ...base.aggregatedApis, items: [...base.aggregatedApis.items, ...aggregatedGroupsForCrds(installed, options.stale)] },
    legacyApis: { ...base.legacyApis, groups: [...base.legacyApis.groups, ...legacyGroups] },
    legacyDocuments,
    openapi: { ...base.openapi, definitions: sortedRecord(definitions), paths: sortedRecord(paths) },
    skipped,
  };
}
