/**
 * A generated cluster as a snapshot: the embedded Kubernetes 1.36 documents
 * with the generated CRDs published by lib/crd exactly as the kube-apiserver
 * test double publishes them (test-support/apiserver/documents.ts `withCrds`),
 * some groups turned into aggregated API servers' read-only APIs, written by
 * the real SnapshotWriter. The model, the server and the export then read it
 * like any recorded cluster.
 */
import { ACCEPT_AGGREGATED_V2, ACCEPT_JSON, ACCEPT_OPENAPI_V2_PROTOBUF, isOpenApiProtobuf } from '../../lib/kube/media-type';
import type { SnapshotManifest } from '../../lib/snapshot/manifest';
import { SnapshotWriter } from '../../lib/snapshot/write';
import { documentsFromSnapshot, withCrds, type DocumentSet } from '../apiserver/documents';
import { EMBEDDED_SNAPSHOT } from '../fixtures';
import { generateCrds, type ClusterOptions, type GeneratedCrds } from './crds';

/** Verbs of an aggregated API server's read-only resources (as metrics.k8s.io serves). */
const READ_ONLY_VERBS = ['get', 'list'];

interface AggregatedItem {
  metadata: { name: string };
  versions: Array<{ resources: Array<{ verbs: string[]; subresources?: unknown[] }> }>;
}

/**
 * Rewrites what `withCrds` published for `groups` as an aggregated API
 * server publishes a read-only API: get and list only, no subresources, and
 * no write operations in /openapi/v2.
 */
function makeReadOnly(set: DocumentSet, groups: readonly string[]): void {
  if (groups.length === 0) return;
  const names = new Set(groups);
  const aggregated = set.json('/apis', ACCEPT_AGGREGATED_V2) as { items: AggregatedItem[] };
  for (const item of aggregated.items) {
    if (!names.has(item.metadata.name)) continue;
    for (const version of item.versions) {
      for (const resource of version.resources) {
        resource.verbs = READ_ONLY_VERBS;
        delete resource.subresources;
      }
    }
  }
  set.setJson('/apis', ACCEPT_AGGREGATED_V2, aggregated);
  for (const requestPath of set.paths()) {
    const match = /^\/apis\/([^/]+)\/[^/]+$/.exec(requestPath);
    if (!match || !names.has(match[1]!)) continue;
    const list = set.json(requestPath, ACCEPT_JSON) as { resources: Array<{ name: string; verbs: string[] }> };
    list.resources = list.resources.filter((r) => !r.name.includes('/')).map((r) => ({ ...r, verbs: READ_ONLY_VERBS }));
    set.setJson(requestPath, ACCEPT_JSON, list);
  }
  const openapi = set.json('/openapi/v2', ACCEPT_JSON) as { paths: Record<string, Record<string, unknown>> };
  for (const [apiPath, item] of Object.entries(openapi.paths)) {
    const group = /^\/apis\/([^/]+)\//.exec(apiPath)?.[1];
    if (!group || !names.has(group)) continue;
    if (/\/\{name\}\/(status|scale)$/.test(apiPath)) {
      delete openapi.paths[apiPath];
      continue;
    }
    for (const method of ['post', 'put', 'patch', 'delete']) delete item[method];
  }
  set.set('/openapi/v2', ACCEPT_JSON, new TextEncoder().encode(JSON.stringify(openapi)));
}

/** The documents a generated cluster serves (base: the embedded 1.36 snapshot). */
export async function generatedClusterDocuments(options: ClusterOptions): Promise<{ documents: DocumentSet; generated: GeneratedCrds }> {
  const generated = generateCrds(options);
  const documents = withCrds(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), generated.crds, new Set(generated.stale));
  makeReadOnly(documents, generated.aggregatedGroups);
  return { documents, generated };
}

/** Writes every representation of `documents` as a snapshot directory. */
export async function writeDocumentSet(
  documents: DocumentSet,
  directory: string,
  meta: { name: string; description: string },
): Promise<SnapshotManifest> {
  const writer = new SnapshotWriter({ ...meta, recordedAt: '2026-11-21T00:00:00Z' });
  for (const requestPath of documents.paths()) {
    for (const representation of documents.get(requestPath) ?? []) {
      const { contentType, body, etag } = representation;
      const aggregated = contentType === ACCEPT_AGGREGATED_V2;
      const protobuf = isOpenApiProtobuf(contentType);
      const variant = aggregated
        ? 'aggregated-v2'
        : protobuf
          ? 'protobuf'
          : requestPath === '/openapi/v2' || requestPath === '/version'
            ? 'json'
            : 'legacy';
      const accept = aggregated ? ACCEPT_AGGREGATED_V2 : protobuf ? ACCEPT_OPENAPI_V2_PROTOBUF : ACCEPT_JSON;
      writer.add({ path: requestPath, accept, status: 200, contentType, ...(etag ? { etag } : {}) }, body, variant, protobuf ? 'pb' : 'json');
    }
  }
  return writer.write(directory);
}

/**
 * Generates a cluster and writes it as a snapshot into `directory`, named
 * `generated-N-crds-seed-S` (the same options write the same bytes).
 */
export async function writeGeneratedCluster(
  directory: string,
  options: ClusterOptions,
): Promise<{ manifest: SnapshotManifest; generated: GeneratedCrds }> {
  const { documents, generated } = await generatedClusterDocuments(options);
  const manifest = await writeDocumentSet(documents, directory, {
    name: `generated-${options.crds}-crds-seed-${options.seed}`,
    description: `Kubernetes 1.36 with ${options.crds} generated CRDs (seed ${options.seed}) in ${new Set(generated.crds.map((c) => c.spec.group)).size} groups, ${generated.aggregatedGroups.length} of them served read-only by aggregated API servers; made by npm run generate:cluster.`,
  });
  return { manifest, generated };
}
