/**
 * How large a document from a live API server may be, raw and decompressed.
 * Generous: Kubernetes 1.36's `/openapi/v2` is 4 MB as JSON and a cluster
 * with 1,000 CRDs about 60 MB; a discovery document is at most a few MB.
 * The bound is there for a server (or a proxy) answering gigabytes: a 2 MB
 * gzip body can inflate to 2 GiB.
 */
export interface DocumentLimits {
  /** `/openapi/v2` and `/openapi/v3/...` (`ATLAS_MAX_OPENAPI_MB`). */
  openapiBytes: number;
  /** Every other document: discovery, `/version` (`ATLAS_MAX_DOCUMENT_MB`). */
  documentBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { openapiBytes: 512 * MiB, documentBytes: 64 * MiB };

/** The limit for one request path, and the variable that sets it (for messages). */
export function limitFor(path: string, limits: DocumentLimits): { bytes: number; setting: string } {
  return path === '/openapi/v2' || path.startsWith('/openapi/')
    ? { bytes: limits.openapiBytes, setting: 'ATLAS_MAX_OPENAPI_MB' }
    : { bytes: limits.documentBytes, setting: 'ATLAS_MAX_DOCUMENT_MB' };
}

/** 536870912 → "512 MiB", 4096 → "4 KiB". */
export function formatSize(bytes: number): string {
  if (bytes >= MiB) return `${Math.round((bytes / MiB) * 10) / 10} MiB`;
  return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
}
