import path from 'node:path';
import { fetchApiDocuments } from '../lib/kube/documents';
import { buildModel } from '../lib/model/build';
import type { ApiModel } from '../lib/model/types';
import { openSnapshot } from '../lib/snapshot/read';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from './fixtures';

const models = new Map<string, Promise<ApiModel>>();

function snapshotModel(directory: string): Promise<ApiModel> {
  let model = models.get(directory);
  if (!model) {
    model = openSnapshot(directory)
      .then((transport) => fetchApiDocuments(transport, { log: () => {} }))
      .then(buildModel);
    models.set(directory, model);
  }
  return model;
}

/** The model of the embedded 1.36 snapshot, built once per test file. */
export function embeddedModel(): Promise<ApiModel> {
  return snapshotModel(EMBEDDED_SNAPSHOT);
}

/** The model of the embedded 1.28 snapshot (OpenAPI only), built once per test file. */
export function embeddedModel128(): Promise<ApiModel> {
  return snapshotModel(path.join(PROJECT_ROOT, 'snapshots/kubernetes-1.28'));
}
