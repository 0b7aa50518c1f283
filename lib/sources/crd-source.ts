import path from 'node:path';
import { crdDetailsByResource } from '../crd/details';
import { describeManifests, type CrdFromFile } from '../crd/manifests';
import { crdOpenApiV3Schemas } from '../crd/openapi-v3';
import { fetchApiDocuments } from '../kube/documents';
import type { SourceProblem } from '../kube/problems';
import type { OpenApiV3Document } from '../kube/openapi/v3-types';
import { buildModel } from '../model/build';
import type { ApiModel } from '../model/types';
import { instrumentTransport } from '../observability/instrumented-transport';
import { openSnapshot } from '../snapshot/read';
import { readCrdDirectory } from './crd-directory';
import { CrdOverlayTransport } from './crd-overlay';
import { LoadedOnceSource } from './snapshot-source';

/** `CRD file crds/pingsource.yaml`: how a page names where a CRD's schema came from. */
export function crdFileOrigin(file: string): string {
  return `CRD file ${file}`;
}

/**
 * The CRDs by `metadata.name`, the last file read winning (as a later
 * `kubectl apply` would), with a warning for each one replaced.
 */
function distinct(crds: readonly CrdFromFile[], problems: SourceProblem[]): CrdFromFile[] {
  const byName = new Map<string, CrdFromFile>();
  for (const entry of crds) {
    const earlier = byName.get(entry.crd.metadata.name);
    if (earlier) {
      problems.push({
        severity: 'warning',
        source: `${entry.file}:${entry.line}`,
        message: `CRD ${entry.crd.metadata.name} is also defined in ${earlier.file}:${earlier.line}; the later one is used`,
      });
    }
    byName.set(entry.crd.metadata.name, entry);
  }
  return [...byName.values()];
}

/**
 * The OpenAPI v3 schemas of each served version, one part per CRD and
 * version, as apiextensions-apiserver publishes them in
 * `/openapi/v3/apis/GROUP/VERSION` (structural schema kept), each naming its file.
 */
function v3Parts(crds: readonly CrdFromFile[]): OpenApiV3Document[] {
  return crds.flatMap(({ crd, file }) =>
    crd.spec.versions
      .filter((v) => v.served)
      .map((v) => ({
        path: `/openapi/v3/apis/${crd.spec.group}/${v.name}`,
        origin: crdFileOrigin(file),
        openapi: '3.0.0',
        components: { schemas: crdOpenApiV3Schemas(crd, v.name) },
      })),
  );
}

/**
 * `crds:DIR`: the CRD manifests under a directory, installed on a base
 * snapshot (the built-in kinds): what an API server with those CRDs would
 * publish in discovery and OpenAPI, plus the CRD details no server publishes.
 * Like a snapshot it is read once per process (restart to read changed
 * files): pages and exports of one process agree, and pages can be cached.
 */
export class CrdDirectorySource extends LoadedOnceSource {
  constructor(
    readonly name: string,
    readonly directory: string,
    /** The snapshot whose built-in kinds the CRDs are installed on. */
    readonly baseDirectory: string,
    private readonly log: (line: string) => void = (line) => console.log(line),
  ) {
    super();
  }

  /** The folder's name only: pages and exports never say where it sits on the machine that built them. */
  protected get location(): string {
    return `CRDs in ${path.basename(this.directory)}`;
  }

  protected async load(): Promise<ApiModel> {
    const [read, base] = await Promise.all([readCrdDirectory(this.directory), openSnapshot(this.baseDirectory)]);
    const problems: SourceProblem[] = read.errors.map((e) => ({
      severity: 'error',
      source: e.line === undefined ? e.file : `${e.file}:${e.line}`,
      message: e.message,
    }));
    const crds = distinct(read.crds, problems);
    const overlay = await CrdOverlayTransport.create(
      base,
      crds.map((c) => c.crd),
      path.basename(this.directory),
    );
    for (const name of overlay.skipped) {
      problems.push({ severity: 'warning', source: name, message: `CRD ${name} is left out: its group is built into ${base.description}` });
    }
    const installed = crds.filter((c) => !overlay.skipped.includes(c.crd.metadata.name));
    const documents = await fetchApiDocuments(instrumentTransport(overlay, this.name));
    const summary = describeManifests({ ...read, crds: installed }, read.files.length);
    this.log(`crds: ${this.name}: ${summary} in ${this.directory}, installed on ${base.description}`);
    return buildModel({
      ...documents,
      // The CRD schemas first: the store takes each definition from the first document publishing it.
      openapiV3: [...v3Parts(installed), ...(documents.openapiV3 ?? [])],
      crdDetails: {
        state: 'known',
        byResource: crdDetailsByResource(installed.map(({ crd, file }) => ({ crd, origin: crdFileOrigin(file) }))),
        summary,
      },
      problems: [...problems, ...documents.problems],
    });
  }
}
