import 'server-only';
import { cache } from 'react';
import { readConfig } from './config';
import { fetchApiDocuments } from './kube/documents';
import { OPENAPI_ENCODINGS } from './kube/openapi/encodings';
import { buildModel } from './model/build';
import type { ApiModel } from './model/types';
import { openSnapshot } from './snapshot/read';

/**
 * The configured source, loaded once per process and shared by every request
 * and every page of a build: one memoized promise, as the model is pure and
 * the snapshot does not change while the server runs.
 */
let loading: Promise<ApiModel> | undefined;

async function loadModel(): Promise<ApiModel> {
  const config = readConfig();
  const transport = await openSnapshot(config.snapshotDir);
  // Protobuf first, as kubectl asks; JSON when the source lacks or refuses it.
  return buildModel(await fetchApiDocuments(transport, { openApiEncodings: OPENAPI_ENCODINGS }));
}

function sharedModel(): Promise<ApiModel> {
  if (!loading) {
    loading = loadModel();
    // A failed load is not cached: the next request tries again.
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** The model for the current request (deduplicated per request by React cache()). */
export const getModel = cache((): Promise<ApiModel> => sharedModel());

/** For generateStaticParams: the model at build time, without opting into dynamic rendering. */
export function getBuildModel(): Promise<ApiModel> {
  return sharedModel();
}

/** True when building the static export (generateStaticParams lists every page then). */
export function isStaticExport(): boolean {
  return readConfig().staticExport;
}
