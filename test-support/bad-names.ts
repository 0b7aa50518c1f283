/**
 * A snapshot whose names cannot all be file names, for the export's test
 * (e2e/export-names.test.ts): the embedded Kubernetes 1.36 plus two CRDs
 * published as an API server publishes them (test-support/apiserver/documents.ts
 * `withCrds`), written by the real SnapshotWriter.
 *
 * - group `..`: every page under `/apis/../` would be written outside its
 *   folder (Next.js aborted the whole export: "Requested and resolved page
 *   mismatch");
 * - `long.example.com` Longs: a spec with more fields than a page shows
 *   (PAGE_FIELD_BUDGET) and then an object under a 260-byte name, so the
 *   export plans a field view whose path segment is longer than a file name
 *   may be (it aborted with ENAMETOOLONG).
 */
import type { CustomResourceDefinition, JsonSchema } from '../lib/crd/types';
import { PAGE_FIELD_BUDGET } from '../lib/site/page-budgets';
import { documentsFromSnapshot, withCrds } from './apiserver/documents';
import { writeDocumentSet } from './cluster/snapshot';
import { EMBEDDED_SNAPSHOT } from './fixtures';

export const DOTS_GROUP = '..';
/** 260 bytes: longer than a file name may be (255 bytes on Linux and macOS). */
export const LONG_FIELD = `deep${'x'.repeat(256)}`;
/** The field view the export cannot write. */
export const LONG_FIELD_PATH = `spec.${LONG_FIELD}`;

function crd(group: string, kind: string, plural: string, spec: JsonSchema): CustomResourceDefinition {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: { plural, singular: kind.toLowerCase(), kind, listKind: `${kind}List` },
      scope: 'Namespaced',
      versions: [
        {
          name: 'v1',
          served: true,
          storage: true,
          schema: { openAPIV3Schema: { type: 'object', properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, spec } } },
        },
      ],
    },
  };
}

/** Fillers past the page's field budget, then the long-named object: the page stops before it, the export plans its view. */
function longSpec(): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (let i = 0; i <= PAGE_FIELD_BUDGET; i++) properties[`field${String(i).padStart(3, '0')}`] = { type: 'string' };
  properties[LONG_FIELD] = { type: 'object', properties: { leaf: { type: 'string', description: 'Below a name too long for a file.' } } };
  return { type: 'object', properties };
}

/** Writes the snapshot into `directory`. */
export async function writeBadNamesSnapshot(directory: string): Promise<void> {
  const crds = [
    crd(DOTS_GROUP, 'Dots', 'dots', { type: 'object', properties: { size: { type: 'integer' } } }),
    crd('long.example.com', 'Long', 'longs', longSpec()),
  ];
  const documents = withCrds(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), crds);
  await writeDocumentSet(documents, directory, {
    name: 'bad-names',
    description: 'Kubernetes 1.36 with a CRD of group ".." and one with a field path longer than a file name (test-support/bad-names.ts).',
  });
}
