/**
 * The live cluster of the multi-cluster tests: the kube-apiserver double on
 * Kubernetes 1.36 with real CRDs from test-data (cert-manager, Velero,
 * prometheus-operator), whose monitoring.coreos.com/v1 API server is down
 * (Stale in aggregated discovery, 503 in legacy discovery), as an aggregated
 * API with a failing backend is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCrdYaml } from '../../lib/crd/parse';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../../test-support/apiserver';
import { CRDS, EMBEDDED_SNAPSHOT } from '../../test-support/fixtures';

export const FAILING_GROUP_VERSION = 'monitoring.coreos.com/v1';
const PROJECTS = ['cert-manager', 'velero', 'prometheus-operator'];

export async function startClusterDouble(): Promise<ApiServerDouble> {
  const server = await startApiServer(await documentsFromSnapshot(EMBEDDED_SNAPSHOT));
  server.installCrds(
    PROJECTS.flatMap((project) =>
      readdirSync(path.join(CRDS, project))
        .filter((f) => f.endsWith('.yaml'))
        .flatMap((f) => {
          const file = path.join(CRDS, project, f);
          return parseCrdYaml(readFileSync(file, 'utf8'), file);
        }),
    ),
  );
  server.setUnavailable(FAILING_GROUP_VERSION);
  return server;
}
