/**
 * A Transport answering as an API server with CRDs installed would: the
 * base snapshot's recorded answers, with the documents the CRDs change
 * replaced by what apiextensions-apiserver publishes for them (lib/crd:
 * aggregated and legacy `/apis`, `/apis/GROUP` and `/apis/GROUP/VERSION` of
 * the CRD groups, and `/openapi/v2` with the CRDs' definitions and paths).
 * So discovery and OpenAPI of a `crds:DIR` source go through the same
 * negotiation and decoders as a snapshot or a live cluster.
 *
 * `/openapi/v2` is offered as JSON only (the merged document has no
 * protobuf bytes; a protobuf request gets 406, as from a server without it).
 * `/openapi/v3` is not synthesized: the CRDs' v3 schemas are added by the
 * source itself with their file as origin (crd-source.ts), and the base
 * snapshot's built-in kinds keep the document they were recorded in.
 */
import { publishCrds, type BaseDocuments } from '../crd/publish';
import type { CustomResourceDefinition } from '../crd/types';
import { AtlasError } from '../errors';
import { ACCEPT_AGGREGATED_V2, ACCEPT_JSON, mediaTypeMatches, parseAccept } from '../kube/media-type';
import { kubeStatus } from '../kube/status';
import { bodyText, contentTypeOf, type Transport, type TransportRequest, type TransportResponse } from '../kube/transport';

interface Representation {
  contentType: string;
  body: Uint8Array;
}

const encoder = new TextEncoder();

/** One base document as JSON, or undefined when the base did not record it (200) in that form. */
async function baseJson(base: Transport, path: string, accept: string): Promise<{ value: unknown; contentType: string } | undefined> {
  const response = await base.get(path, { accept });
  if (response.status !== 200) return undefined;
  const contentType = contentTypeOf(response);
  // The snapshot answers legacy JSON to an aggregated request only when asked for it; check what came back.
  if (accept !== ACCEPT_JSON && !contentType.includes('apidiscovery.k8s.io')) return undefined;
  try {
    return { value: JSON.parse(bodyText(response)), contentType };
  } catch (cause) {
    throw new AtlasError(response.source, `is not JSON, so CRDs cannot be merged into it`, { cause });
  }
}

export class CrdOverlayTransport implements Transport {
  readonly description: string;

  private constructor(
    private readonly base: Transport,
    private readonly overlay: Map<string, Representation[]>,
    /** CRDs left out because the base serves their group itself. */
    readonly skipped: string[],
    directory: string,
  ) {
    this.description = `${base.description} with CRDs from ${directory}`;
  }

  /** Reads the base documents the CRDs change and publishes the CRDs into them. */
  static async create(base: Transport, crds: readonly CustomResourceDefinition[], directory: string): Promise<CrdOverlayTransport> {
    const [aggregated, legacy, openapi] = await Promise.all([
      baseJson(base, '/apis', ACCEPT_AGGREGATED_V2),
      baseJson(base, '/apis', ACCEPT_JSON),
      baseJson(base, '/openapi/v2', ACCEPT_JSON),
    ]);
    const published = publishCrds(
      {
        aggregatedApis: (aggregated?.value ?? { items: [] }) as BaseDocuments['aggregatedApis'],
        legacyApis: (legacy?.value ?? { groups: [] }) as BaseDocuments['legacyApis'],
        openapi: (openapi?.value ?? {}) as BaseDocuments['openapi'],
      },
      crds,
    );
    const overlay = new Map<string, Representation[]>();
    const put = (path: string, contentType: string, value: unknown) =>
      overlay.set(path, [...(overlay.get(path) ?? []), { contentType, body: encoder.encode(JSON.stringify(value)) }]);
    // A base recorded without discovery (the 1.28 snapshot) keeps deriving it from OpenAPI: adding
    // CRD groups to a discovery it never had would hide its built-in groups.
    if (legacy) {
      if (aggregated) put('/apis', aggregated.contentType, published.aggregatedApis);
      put('/apis', ACCEPT_JSON, published.legacyApis);
      for (const { path, document } of published.legacyDocuments) put(path, ACCEPT_JSON, document);
    }
    if (openapi) put('/openapi/v2', ACCEPT_JSON, published.openapi);
    return new CrdOverlayTransport(base, overlay, published.skipped, directory);
  }

  async get(path: string, request: TransportRequest): Promise<TransportResponse> {
    const representations = this.overlay.get(path);
    if (!representations) return this.base.get(path, request);
    const source = `${this.description}: GET ${path}`;
    for (const wanted of parseAccept(request.accept || '*/*')) {
      const hit = representations.find((r) => mediaTypeMatches(wanted, r.contentType));
      if (hit) return { status: 200, headers: { 'content-type': hit.contentType }, body: hit.body, source };
    }
    const offered = representations.map((r) => r.contentType).join(', ');
    return {
      status: 406,
      headers: { 'content-type': 'application/json' },
      body: encoder.encode(JSON.stringify(kubeStatus(406, `${path} is published for the CRDs only as ${offered}, not as ${request.accept}`))),
      source,
    };
  }
}
