/**
 * The documents the kube-apiserver double serves: the recorded answers of a
 * snapshot (by default the embedded Kubernetes 1.36 one), plus any CRDs
 * installed, merged in by lib/crd as apiextensions-apiserver would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { publishCrds, type BaseDocuments } from '../../lib/crd/publish';
import type { CustomResourceDefinition } from '../../lib/crd/types';
import { ACCEPT_AGGREGATED_V2, ACCEPT_JSON, isOpenApiProtobuf, parseMediaType } from '../../lib/kube/media-type';
import { validateManifest } from '../../lib/snapshot/manifest';
import { etagOf } from '../../lib/snapshot/write';

/** One representation of a document. */
export interface Representation {
  contentType: string;
  body: Uint8Array;
  /** Sent as ETag; kube-apiserver sends one for aggregated discovery and /openapi/*, not for legacy discovery or /version. */
  etag?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** True for answers kube-apiserver gives an ETag (and honours If-None-Match on). */
export function servesEtag(requestPath: string, contentType: string): boolean {
  return requestPath.startsWith('/openapi/') || parseMediaType(contentType).params.g === 'apidiscovery.k8s.io';
}

export class DocumentSet {
  private readonly byPath = new Map<string, Representation[]>();

  /** Adds or replaces the representation of `requestPath` with this content type. */
  set(requestPath: string, contentType: string, body: Uint8Array): void {
    const list = (this.byPath.get(requestPath) ?? []).filter((r) => r.contentType !== contentType);
    list.push({ contentType, body, ...(servesEtag(requestPath, contentType) ? { etag: etagOf(body) } : {}) });
    this.byPath.set(requestPath, list);
  }

  setJson(requestPath: string, contentType: string, value: unknown): void {
    this.set(requestPath, contentType, encoder.encode(JSON.stringify(value, null, 2)));
  }

  /** Removes one representation (e.g. protobuf that no longer matches the JSON). */
  remove(requestPath: string, predicate: (r: Representation) => boolean): void {
    const list = this.byPath.get(requestPath)?.filter((r) => !predicate(r));
    if (list) this.byPath.set(requestPath, list);
  }

  get(requestPath: string): readonly Representation[] | undefined {
    return this.byPath.get(requestPath);
  }

  json(requestPath: string, contentType: string): unknown {
    const found = this.byPath.get(requestPath)?.find((r) => r.contentType === contentType);
    if (!found) throw new Error(`the double has no ${contentType} representation of ${requestPath}`);
    return JSON.parse(decoder.decode(found.body));
  }

  paths(): string[] {
    return [...this.byPath.keys()];
  }

  clone(): DocumentSet {
    const copy = new DocumentSet();
    for (const [key, list] of this.byPath) copy.byPath.set(key, [...list]);
    return copy;
  }
}

/** Loads every recorded 200 answer of a snapshot directory. */
export async function documentsFromSnapshot(directory: string): Promise<DocumentSet> {
  const manifestFile = path.join(directory, 'manifest.json');
  const manifest = validateManifest(manifestFile, JSON.parse(await readFile(manifestFile, 'utf8')));
  const set = new DocumentSet();
  for (const entry of manifest.entries) {
    if (entry.status !== 200) continue;
    set.set(entry.path, entry.contentType, new Uint8Array(await readFile(path.join(directory, entry.body))));
  }
  return set;
}

/**
 * `base` with `crds` installed and `stale` group-versions ("group/version")
 * marked Stale in aggregated discovery. Protobuf `/openapi/v2` is dropped
 * when CRDs are installed: the double has no protobuf encoder, and serving
 * the old bytes would be a lie, so it answers 406 and clients fall back to
 * JSON, as they do with servers that do not offer protobuf.
 */
export function withCrds(base: DocumentSet, crds: readonly CustomResourceDefinition[], stale: ReadonlySet<string> = new Set()): DocumentSet {
  if (crds.length === 0 && stale.size === 0) return base;
  const hasAggregated = base.get('/apis')?.some((r) => r.contentType === ACCEPT_AGGREGATED_V2) ?? false;
  const baseDocs: BaseDocuments = {
    aggregatedApis: (hasAggregated ? base.json('/apis', ACCEPT_AGGREGATED_V2) : { items: [] }) as BaseDocuments['aggregatedApis'],
    legacyApis: base.json('/apis', ACCEPT_JSON) as BaseDocuments['legacyApis'],
    openapi: base.json('/openapi/v2', ACCEPT_JSON) as BaseDocuments['openapi'],
  };
  const published = publishCrds(baseDocs, crds, { stale });
  const out = base.clone();
  const aggregated = published.aggregatedApis as {
    items: Array<{ metadata: { name: string }; versions: Array<{ version: string; freshness?: string }> }>;
  };
  for (const group of aggregated.items) {
    for (const version of group.versions) if (stale.has(`${group.metadata.name}/${version.version}`)) version.freshness = 'Stale';
  }
  if (hasAggregated) out.setJson('/apis', ACCEPT_AGGREGATED_V2, aggregated);
  if (crds.length > 0) {
    out.setJson('/apis', ACCEPT_JSON, published.legacyApis);
    for (const { path: docPath, document } of published.legacyDocuments) out.setJson(docPath, ACCEPT_JSON, document);
    out.set('/openapi/v2', ACCEPT_JSON, encoder.encode(JSON.stringify(published.openapi)));
    out.remove('/openapi/v2', (r) => isOpenApiProtobuf(r.contentType));
  }
  return out;
}
