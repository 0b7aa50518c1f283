import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCrdYaml } from '../lib/crd/parse';
import { fetchApiDocuments } from '../lib/kube/documents';
import { buildModel } from '../lib/model/build';
import type { ApiModel } from '../lib/model/types';
import { HttpTransport } from '../lib/kube/live/http-transport';
import { urlEndpoint } from '../lib/kube/live/url-endpoint';
import { openSnapshot } from '../lib/snapshot/read';
import { documentsFromSnapshot, withCrds } from './apiserver/documents';
import { startApiServer } from './apiserver/server';
import { writeDocumentSet } from './cluster/snapshot';
import { CRDS, EMBEDDED_SNAPSHOT, PROJECT_ROOT } from './fixtures';

const models = new Map<string, Promise<ApiModel>>();

/** The model of any snapshot directory, built once per test file. */
export function snapshotModel(directory: string): Promise<ApiModel> {
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

/** Every real CRD of test-data/crds, as `project/file.yaml` (see test-data/crds/SOURCES.md). */
export const TEST_DATA_CRDS: readonly string[] = [
  'argo-cd/applications.argoproj.io.yaml',
  'argo-cd/appprojects.argoproj.io.yaml',
  'argo-rollouts/rollouts.argoproj.io.yaml',
  'cert-manager/certificates.cert-manager.io.yaml',
  'external-secrets-operator/clusterpushsecrets.external-secrets.io.yaml',
  'external-secrets-operator/pushsecrets.external-secrets.io.yaml',
  'gateway-api/httproutes.gateway.networking.k8s.io.yaml',
  'istio/virtualservices.networking.istio.io.yaml',
  'kyverno/clusterpolicies.kyverno.io.yaml',
  'prometheus-operator/probes.monitoring.coreos.com.yaml',
  'prometheus-operator/servicemonitors.monitoring.coreos.com.yaml',
  'velero/backups.velero.io.yaml',
];

/**
 * The model of Kubernetes 1.36 with real CRDs from test-data/crds installed,
 * published as the kube-apiserver double publishes them and read back from a
 * snapshot like any recorded cluster. Built once per test file and list.
 */
export function crdClusterModel(files: readonly string[] = TEST_DATA_CRDS): Promise<ApiModel> {
  const key = `crds:${files.join(',')}`;
  let model = models.get(key);
  if (!model) {
    model = (async () => {
      const crds = files.flatMap((file) => parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file));
      const directory = await mkdtemp(path.join(tmpdir(), 'atlas-crd-model-'));
      await writeDocumentSet(withCrds(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), crds), directory, {
        name: 'kubernetes-1.36-with-test-crds',
        description: 'Kubernetes 1.36 with real CRDs from test-data/crds',
      });
      return snapshotModel(directory);
    })();
    models.set(key, model);
  }
  return model;
}

/**
 * The models of Kubernetes 1.36 with real CRDs from test-data/crds installed,
 * read live from the kube-apiserver double serving /openapi/v3 (built-in
 * kinds derived from the real v2 document; CRDs as apiextensions-apiserver
 * publishes them in v3): once over /openapi/v3 (v2 for what v3 lacks), once
 * over /openapi/v2 alone, from the same server. Group-versions in
 * `unavailable` answer 503, as an aggregated API server that is down.
 */
export async function crdClusterModelsV3AndV2(
  files: readonly string[],
  options: { unavailable?: readonly string[] } = {},
): Promise<{ v3: ApiModel; v2: ApiModel }> {
  const server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT), { openApiV3: true });
  try {
    for (const groupVersion of options.unavailable ?? []) server.setUnavailable(groupVersion);
    server.installCrds(files.flatMap((file) => parseCrdYaml(readFileSync(path.join(CRDS, file), 'utf8'), file)));
    const transport = new HttpTransport(urlEndpoint(server.url), { timeoutSeconds: 30, retries: 0 });
    const v3 = buildModel(await fetchApiDocuments(transport, { log: () => {}, openApiV3: true }));
    const v2 = buildModel(await fetchApiDocuments(transport, { log: () => {}, openApiV3: false }));
    return { v3, v2 };
  } finally {
    await server.close();
  }
}
