import { fetchApiDocuments } from '../kube/documents';
import { buildModel } from '../model/build';
import type { ApiModel } from '../model/types';
import { openSnapshot } from '../snapshot/read';
import { EMBEDDED_SNAPSHOT } from './fixtures';

let model: Promise<ApiModel> | undefined;

/** The model of the embedded 1.36 snapshot, built once per test file. */
export function embeddedModel(): Promise<ApiModel> {
  model ??= openSnapshot(EMBEDDED_SNAPSHOT).then(fetchApiDocuments).then(buildModel);
  return model;
}
