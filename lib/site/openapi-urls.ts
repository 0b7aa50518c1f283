/**
 * Where the site serves OpenAPI documents. Under `/openapi/`, never under
 * `/api/` or `/apis/` (those are the site's pages, mirroring the API server's
 * paths); a slice's path mirrors its group-version's API path, as
 * kube-apiserver's own `/openapi/v3/apis/apps/v1` does.
 */

/** The whole `/openapi/v2` document, for download. */
export const FULL_SPEC_PATH = '/openapi/v2.json';

/** `/openapi/v2/api/v1.json` for core, `/openapi/v2/apis/GROUP/VERSION.json` otherwise. */
export function specSlicePath(group: string, version: string): string {
  return group === '' ? `/openapi/v2/api/${version}.json` : `/openapi/v2/apis/${group}/${version}.json`;
}

/** `v1.json` → `v1`; undefined for file names that are not `VERSION.json`. */
export function versionOfSliceFile(file: string): string | undefined {
  const match = /^([a-z0-9]+)\.json$/.exec(file);
  return match?.[1];
}
