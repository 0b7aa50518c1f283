/**
 * Builds the ApiModel from decoded documents. Discovery decides what exists
 * and in which order; OpenAPI adds operations and schemas (from the v3
 * group-version documents where read, else from v2). Whatever only one
 * side knows is kept and marked (a resource discovery lists with no schema, a
 * subresource OpenAPI has that discovery lacks), never dropped. With no
 * discovery at all, groups, resources and verbs are derived from OpenAPI.
 */
import type { OpenAPIV2 } from 'openapi-types';
import type { ApiDocuments } from '../kube/documents';
import type { OpenApiV3Document } from '../kube/openapi/v3-types';
import type { DiscoveredResource, DiscoveredVersion, GroupVersionKind } from '../kube/discovery/types';
import { endpointCategory } from './endpoints';
import { buildSchemaStore } from './schema-store';
import { HTTP_METHODS, normalizeOperation, verbOf } from './operations';
import { normalizeOperationV3 } from './operations-v3';
import { groupDisplayName, groupPath, groupVersionName, groupVersionPath, parseApiPath, type ResourcePath } from './paths';
import type { ApiEndpoint, ApiGroup, ApiGroupVersion, ApiModel, ApiOperation, ApiResource, ApiSubresource, UnlistedKind } from './types';
import { compareVersionPriority, stabilityOf } from './versions';

export const gvkKey = (k: GroupVersionKind): string => `${k.group}/${k.version}/${k.kind}`;

/** Reads `x-kubernetes-group-version-kind` from every definition. */
function indexKinds(definitions: Record<string, OpenAPIV2.SchemaObject>): {
  byKind: Map<string, string>;
  byDefinition: Record<string, GroupVersionKind[]>;
} {
  const byKind = new Map<string, string>();
  const byDefinition: Record<string, GroupVersionKind[]> = {};
  for (const [name, schema] of Object.entries(definitions)) {
    const raw = (schema as Record<string, unknown>)['x-kubernetes-group-version-kind'];
    if (!Array.isArray(raw)) continue;
    const kinds: GroupVersionKind[] = [];
    for (const entry of raw) {
      if (typeof entry !== 'object' || entry === null) continue;
      const { group, version, kind } = entry as Record<string, unknown>;
      if (typeof version !== 'string' || typeof kind !== 'string') continue;
      const gvk = { group: typeof group === 'string' ? group : '', version, kind };
      kinds.push(gvk);
      if (!byKind.has(gvkKey(gvk))) byKind.set(gvkKey(gvk), name);
    }
    if (kinds.length > 0) byDefinition[name] = kinds;
  }
  return { byKind, byDefinition };
}

interface V3PathEntry {
  document: OpenApiV3Document;
  item: Record<string, unknown>;
}

/** Every path of the v3 group-version documents, with the document it is in; the first document to publish a path wins. */
function operationsV3ByPath(documents: readonly OpenApiV3Document[] | undefined): Map<string, V3PathEntry> {
  const byPath = new Map<string, V3PathEntry>();
  for (const document of documents ?? []) {
    for (const [path, item] of Object.entries(document.paths ?? {})) {
      if (typeof item !== 'object' || item === null || Array.isArray(item) || byPath.has(path)) continue;
      byPath.set(path, { document, item: item as Record<string, unknown> });
    }
  }
  return byPath;
}

class ModelBuilder {
  readonly groups: ApiGroup[] = [];
  private readonly groupByName = new Map<string, ApiGroup>();
  private readonly gvByKey = new Map<string, ApiGroupVersion>();

  group(name: string): ApiGroup {
    let group = this.groupByName.get(name);
    if (!group) {
      group = { name, displayName: groupDisplayName(name), path: groupPath(name), preferredVersion: '', versions: [] };
      this.groupByName.set(name, group);
      this.groups.push(group);
    }
    return group;
  }

  groupVersion(groupName: string, version: string, fromDiscovery?: DiscoveredVersion): ApiGroupVersion {
    const key = `${groupName}/${version}`;
    let gv = this.gvByKey.get(key);
    if (!gv) {
      gv = {
        group: groupName,
        version,
        groupVersion: groupVersionName(groupName, version),
        path: groupVersionPath(groupName, version),
        stability: stabilityOf(version),
        preferred: false,
        freshness: fromDiscovery?.freshness ?? 'Current',
        ...(fromDiscovery?.error ? { error: fromDiscovery.error } : {}),
        resources: [],
        unlistedKinds: [],
        provenance: { discovery: fromDiscovery !== undefined, openapi: false },
      };
      this.gvByKey.set(key, gv);
      this.group(groupName).versions.push(gv);
    }
    return gv;
  }

  findGroupVersion(group: string, version: string): ApiGroupVersion | undefined {
    return this.gvByKey.get(`${group}/${version}`);
  }
}

function resourceFromDiscovery(group: string, version: string, d: DiscoveredResource): ApiResource {
  return {
    group,
    version,
    name: d.resource,
    singular: d.singular || (d.responseKind?.kind.toLowerCase() ?? ''),
    kind: d.responseKind?.kind ?? '',
    scope: d.scope,
    verbs: [...d.verbs],
    shortNames: [...d.shortNames],
    categories: [...d.categories],
    subresources: d.subresources.map((s) => ({
      name: s.subresource,
      ...(s.responseKind ? { kind: s.responseKind } : {}),
      verbs: [...s.verbs],
      operations: [],
      provenance: { discovery: true, openapi: false },
    })),
    operations: [],
    provenance: { discovery: true, openapi: false },
  };
}

/** Adds an operation to its resource (or subresource), creating OpenAPI-only entries as needed. */
function attachOperation(builder: ModelBuilder, where: ResourcePath, operation: ApiOperation): void {
  const gv = builder.findGroupVersion(where.group, where.version) ?? builder.groupVersion(where.group, where.version);
  gv.provenance.openapi = true;
  let resource = gv.resources.find((r) => r.name === where.resource);
  if (!resource) {
    resource = {
      group: where.group,
      version: where.version,
      name: where.resource,
      singular: '',
      kind: '',
      scope: 'Cluster',
      verbs: [],
      shortNames: [],
      categories: [],
      subresources: [],
      operations: [],
      provenance: { discovery: false, openapi: true },
    };
    gv.resources.push(resource);
  }
  resource.provenance.openapi = true;
  const verb = verbOf(operation);
  if (where.subresource) {
    let sub = resource.subresources.find((s) => s.name === where.subresource);
    if (!sub) {
      sub = {
        name: where.subresource,
        ...(operation.kind ? { kind: operation.kind } : {}),
        verbs: [],
        operations: [],
        provenance: { discovery: false, openapi: true },
      };
      resource.subresources.push(sub);
    }
    sub.provenance.openapi = true;
    sub.operations.push(operation);
    if (!sub.provenance.discovery && verb && !sub.verbs.includes(verb)) sub.verbs.push(verb);
    return;
  }
  resource.operations.push(operation);
  if (!resource.provenance.discovery) {
    if (verb && !resource.verbs.includes(verb)) resource.verbs.push(verb);
    if (operation.namespaced) resource.scope = 'Namespaced';
    if (!resource.kind && operation.kind) {
      resource.kind = operation.kind.kind;
      resource.singular = operation.kind.kind.toLowerCase();
    }
  }
}

function linkSchemas(gv: ApiGroupVersion, byKind: Map<string, string>): void {
  for (const resource of gv.resources) {
    const kind = resource.kind || resource.operations.find((o) => o.kind)?.kind?.kind || '';
    if (!resource.kind) resource.kind = kind;
    const definition = byKind.get(gvkKey({ group: resource.group, version: resource.version, kind }));
    if (definition) resource.definition = definition;
    const listDefinition = byKind.get(gvkKey({ group: resource.group, version: resource.version, kind: `${kind}List` }));
    if (listDefinition) resource.listDefinition = listDefinition;
    for (const sub of resource.subresources) {
      const subKind = sub.kind ?? sub.operations.find((o) => o.kind)?.kind;
      const subDefinition = subKind ? byKind.get(gvkKey(subKind)) : undefined;
      if (subDefinition) sub.definition = subDefinition;
    }
    resource.subresources.sort((a: ApiSubresource, b: ApiSubresource) => Number(b.provenance.discovery) - Number(a.provenance.discovery));
  }
}

/** Kinds that name a group-version in their schema but that no resource of it serves. */
function unlistedKinds(model: { groups: ApiGroup[] }, byDefinition: Record<string, GroupVersionKind[]>): Map<string, UnlistedKind[]> {
  const served = new Set<string>();
  for (const group of model.groups) {
    for (const gv of group.versions) {
      for (const r of gv.resources) {
        served.add(gvkKey({ group: r.group, version: r.version, kind: r.kind }));
        served.add(gvkKey({ group: r.group, version: r.version, kind: `${r.kind}List` }));
        for (const s of r.subresources) if (s.kind) served.add(gvkKey(s.kind));
      }
    }
  }
  const result = new Map<string, UnlistedKind[]>();
  for (const [definition, kinds] of Object.entries(byDefinition)) {
    // meta/v1 kinds (Status, WatchEvent, DeleteOptions, ...) carry the GVK of every group-version.
    if (definition.startsWith('io.k8s.apimachinery.pkg.apis.meta.')) continue;
    for (const kind of kinds) {
      if (served.has(gvkKey(kind))) continue;
      const key = `${kind.group}/${kind.version}`;
      result.set(key, [...(result.get(key) ?? []), { kind, definition }]);
    }
  }
  return result;
}

/** Builds the model. Pure: the same documents always give the same model. */
export function buildModel(documents: ApiDocuments): ApiModel {
  const builder = new ModelBuilder();
  const store = buildSchemaStore({
    ...(documents.openapiV3 ? { v3: documents.openapiV3 } : {}),
    ...(documents.openapi ? { v2: { definitions: documents.openapi.definitions } } : {}),
  });
  const definitions = store.definitions;
  const { byKind, byDefinition } = indexKinds(definitions);

  for (const discovered of documents.discovery?.groups ?? []) {
    const group = builder.group(discovered.name);
    group.preferredVersion = discovered.preferredVersion;
    for (const version of discovered.versions) {
      const gv = builder.groupVersion(discovered.name, version.version, version);
      gv.resources = version.resources.map((r) => resourceFromDiscovery(discovered.name, version.version, r));
    }
  }

  const endpoints = new Map<string, ApiEndpoint>();
  const addOperation = (path: string, parsed: ReturnType<typeof parseApiPath>, operation: ApiOperation) => {
    if (parsed.type === 'resource') {
      attachOperation(builder, parsed.value, operation);
    } else {
      const endpoint = endpoints.get(path) ?? { path, category: endpointCategory(path, parsed.type === 'discovery'), operations: [] };
      endpoint.operations.push(operation);
      endpoints.set(path, endpoint);
    }
  };
  // A path a v3 group-version document publishes takes its operations from there (what the
  // server publishes today, bodies and responses per media type); v2 gives the rest.
  const v3Paths = operationsV3ByPath(documents.openapiV3);
  const doc = documents.openapi;
  const fromV3 = (path: string, entry: V3PathEntry) => {
    const parsed = parseApiPath(path);
    const where = parsed.type === 'resource' ? parsed.value : { namespaced: false, watch: false };
    for (const method of HTTP_METHODS) {
      const raw = entry.item[method];
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) continue;
      addOperation(path, parsed, normalizeOperationV3(entry.document, path, method, entry.item, raw as Record<string, unknown>, where));
    }
  };
  for (const [path, item] of Object.entries(doc?.paths ?? {})) {
    const v3 = v3Paths.get(path);
    if (v3) {
      fromV3(path, v3);
      v3Paths.delete(path);
      continue;
    }
    if (typeof item !== 'object' || item === null) continue;
    const parsed = parseApiPath(path);
    for (const method of HTTP_METHODS) {
      const raw = (item as Record<string, unknown>)[method];
      if (typeof raw !== 'object' || raw === null || !doc) continue;
      const where = parsed.type === 'resource' ? parsed.value : { namespaced: false, watch: false };
      addOperation(path, parsed, normalizeOperation(doc, path, method, item, raw as OpenAPIV2.OperationObject, where));
    }
  }
  // Paths only v3 publishes (a source without v2, or a group-version v2 lacks).
  for (const [path, entry] of v3Paths) fromV3(path, entry);

  const unlisted = unlistedKinds(builder, byDefinition);
  for (const group of builder.groups) {
    if (!documents.discovery || !group.versions.some((v) => v.provenance.discovery)) {
      group.versions.sort((a, b) => compareVersionPriority(a.version, b.version));
    }
    if (!group.preferredVersion) group.preferredVersion = group.versions[0]?.version ?? '';
    for (const gv of group.versions) {
      gv.preferred = gv.version === group.preferredVersion;
      linkSchemas(gv, byKind);
      gv.unlistedKinds = unlisted.get(`${gv.group}/${gv.version}`) ?? [];
    }
  }
  // Discovery order when there is discovery; core first, then by name, when derived.
  if (!documents.discovery) builder.groups.sort((a, b) => (a.name === '' ? -1 : b.name === '' ? 1 : a.name.localeCompare(b.name)));

  return {
    source: documents.source,
    ...(documents.version ? { kubernetesVersion: documents.version.gitVersion } : {}),
    discoveryFormat: documents.discovery?.format ?? 'openapi',
    ...(documents.openapiEncoding ? { openapiEncoding: documents.openapiEncoding } : {}),
    groups: builder.groups,
    definitions,
    schemaSources: { documents: store.documents, origin: store.origin },
    ...(doc ? { openapi: doc } : {}),
    kindsByDefinition: byDefinition,
    ...(documents.crdDetails ? { crdDetails: documents.crdDetails } : {}),
    endpoints: [...endpoints.values()].sort((a, b) => a.path.localeCompare(b.path)),
    problems: documents.problems,
  };
}
