/**
 * The hostile-content snapshot: Kubernetes 1.36 with the CRDs of
 * e2e/fixtures/hostile-crds/ installed, published by lib/crd exactly as the
 * kube-apiserver double publishes CRDs. Their descriptions, enum values,
 * formats, validation messages, property names and even kinds and plurals
 * carry HTML and script, `javascript:` links, Unicode direction overrides and
 * tokens wider than any screen. Every script payload sets `window.__pwned`,
 * so a page that executed one is caught by checking that flag.
 *
 * apiextensions-apiserver prunes `default` and `example` from the schemas it
 * publishes; an aggregated API server publishes its own OpenAPI unpruned.
 * The group `hostile.atlas.test` is published that way here, so hostile
 * defaults and examples reach the site (and a Swagger UI) too.
 *
 * Use: `await writeHostileSnapshot(dir)` (or `{ variant: 'previous' }` for
 * an older release of the same CRDs, to compare with), then serve it with
 * `ATLAS_SNAPSHOT=dir` (e2e/support/live-site.ts startLiveSite) or export it.
 * The source is named after the directory: name it `hostile-crds`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { crdDefinitionName } from '../lib/crd/openapi-v2';
import { parseCrdYaml } from '../lib/crd/parse';
import type { CustomResourceDefinition, JsonSchema } from '../lib/crd/types';
import { ACCEPT_JSON } from '../lib/kube/media-type';
import type { SnapshotManifest } from '../lib/snapshot/manifest';
import { documentsFromSnapshot, withCrds, type DocumentSet } from './apiserver/documents';
import { writeDocumentSet } from './cluster/snapshot';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from './fixtures';

/** The fixture CRDs: `*.yaml` in this folder (current release), `previous/*.yaml` (the one before). */
export const HOSTILE_CRDS_DIR = path.join(PROJECT_ROOT, 'e2e/fixtures/hostile-crds');

/** The group published as an aggregated API server would: its schemas keep `default` and `example`. */
export const UNPRUNED_GROUP = 'hostile.atlas.test';

export type HostileVariant = 'current' | 'previous';

/** The CRDs of a variant, parsed from the fixture YAML. */
export function hostileCrds(variant: HostileVariant = 'current'): CustomResourceDefinition[] {
  const dir = variant === 'current' ? HOSTILE_CRDS_DIR : path.join(HOSTILE_CRDS_DIR, 'previous');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((file) => parseCrdYaml(readFileSync(path.join(dir, file), 'utf8'), path.join(dir, file)));
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Copies `default` and `example` from a CRD schema onto the published one, property by property. */
function restoreUnpruned(source: JsonSchema, published: JsonSchema): void {
  for (const key of ['default', 'example'] as const) if (source[key] !== undefined) published[key] = source[key];
  const sourceProps = source.properties;
  const publishedProps = published.properties;
  if (isObject(sourceProps) && isObject(publishedProps)) {
    for (const [name, child] of Object.entries(sourceProps)) {
      const target = publishedProps[name];
      if (isObject(child) && isObject(target)) restoreUnpruned(child, target);
    }
  }
  if (isObject(source.items) && isObject(published.items)) restoreUnpruned(source.items, published.items);
}

/** Publishes UNPRUNED_GROUP's schemas with their defaults and examples, as an aggregated API server serves them. */
function unprune(documents: DocumentSet, crds: readonly CustomResourceDefinition[]): void {
  const openapi = documents.json('/openapi/v2', ACCEPT_JSON) as { definitions: Record<string, JsonSchema> };
  for (const crd of crds) {
    if (crd.spec.group !== UNPRUNED_GROUP) continue;
    for (const version of crd.spec.versions) {
      const schema = version.schema?.openAPIV3Schema;
      const published = openapi.definitions[crdDefinitionName({ group: crd.spec.group, version: version.name, kind: crd.spec.names.kind })];
      if (schema && published) restoreUnpruned(schema, published);
    }
  }
  documents.set('/openapi/v2', ACCEPT_JSON, new TextEncoder().encode(JSON.stringify(openapi)));
}

/** The documents of the hostile snapshot: 1.36 with the variant's CRDs installed. */
export async function hostileDocuments(variant: HostileVariant = 'current'): Promise<DocumentSet> {
  const crds = hostileCrds(variant);
  const documents = withCrds(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), crds);
  unprune(documents, crds);
  return documents;
}

/** Writes the hostile snapshot into `directory` (served under the directory's name). */
export async function writeHostileSnapshot(directory: string, options: { variant?: HostileVariant } = {}): Promise<SnapshotManifest> {
  const variant = options.variant ?? 'current';
  return writeDocumentSet(await hostileDocuments(variant), directory, {
    name: path.basename(directory),
    description: `Kubernetes 1.36 with the hostile CRDs of e2e/fixtures/hostile-crds${variant === 'previous' ? '/previous' : ''}: markup, script, javascript: links, direction overrides and long tokens in every text; made by test-support/hostile.ts.`,
  });
}
