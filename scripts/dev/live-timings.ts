/**
 * npx tsx scripts/dev/live-timings.ts
 *
 * Measures a live source against the kube-apiserver double over HTTPS (CA
 * data + bearer token, gzip): cold load under 50 concurrent requests
 * (single-flight), revalidation with nothing changed (304s), and
 * revalidation after 345 CRDs were installed (refetch + rebuild). Medians of
 * several runs. A measurement, not a test.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCrdYaml } from '../../lib/crd/parse';
import type { CustomResourceDefinition } from '../../lib/crd/types';
import { HttpTransport } from '../../lib/kube/live/http-transport';
import { kubeconfigEndpoint } from '../../lib/kube/live/kubeconfig';
import { LiveSource } from '../../lib/sources/live-source';
import { documentsFromSnapshot, generateTestPki, startApiServer, writeKubeconfig } from '../../test-support/apiserver';
import { EMBEDDED_SNAPSHOT, PROJECT_ROOT } from '../../test-support/fixtures';
import { median } from '../bench/measure';

const RUNS = 5;

async function allCrds(): Promise<CustomResourceDefinition[]> {
  // A dev script: it may read all 345 shared CRDs beside the repository (tests use test-data/).
  const root = path.resolve(PROJECT_ROOT, '../shared/fixtures/crds');
  const crds: CustomResourceDefinition[] = [];
  for (const project of await readdir(root, { withFileTypes: true })) {
    if (!project.isDirectory()) continue;
    for (const file of await readdir(path.join(root, project.name))) {
      if (file.endsWith('.yaml')) crds.push(...parseCrdYaml(await readFile(path.join(root, project.name, file), 'utf8'), file));
    }
  }
  return crds;
}

async function main(): Promise<void> {
  const pki = generateTestPki();
  const documents = await documentsFromSnapshot(EMBEDDED_SNAPSHOT);
  const crds = await allCrds();
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-timings-'));
  const rows = {
    cold: [] as number[],
    coldRequests: [] as number[],
    coldWireKB: [] as number[],
    revalidate: [] as number[],
    revalidateRequests: [] as number[],
    rebuild: [] as number[],
    rebuildRequests: [] as number[],
  };
  for (let run = 0; run < RUNS; run += 1) {
    const server = await startApiServer(documents, { pki });
    server.switches.tokens = { alice: 'timings-token' };
    const file = await writeKubeconfig(path.join(dir, `kc-${run}`), { server: server.url, pki, user: { token: 'timings-token' } });
    let clock = 0;
    const source = new LiveSource('timings', {
      refreshSeconds: 30,
      location: server.url,
      connect: async () => new HttpTransport(await kubeconfigEndpoint({ file }), { timeoutSeconds: 30, retries: 1 }),
      fetch: { log: () => {} },
      now: () => clock,
    });
    let t = performance.now();
    const statuses = await Promise.all(Array.from({ length: 50 }, () => source.status()));
    rows.cold.push(performance.now() - t);
    rows.coldRequests.push(server.count());
    rows.coldWireKB.push(server.requests.reduce((n, r) => n + r.bytes, 0) / 1024);
    const first = statuses[0]!;
    if (!first.model) throw new Error(first.error);
    clock += 31_000;
    let before = server.count();
    t = performance.now();
    const same = await source.status();
    rows.revalidate.push(performance.now() - t);
    rows.revalidateRequests.push(server.count() - before);
    if (same.model !== first.model) throw new Error('rebuilt without a change');
    server.installCrds(crds);
    clock += 31_000;
    before = server.count();
    t = performance.now();
    const grown = await source.status();
    rows.rebuild.push(performance.now() - t);
    rows.rebuildRequests.push(server.count() - before);
    if (grown.model!.groups.length <= first.model.groups.length) throw new Error('CRDs not picked up');
    await server.close();
  }
  console.log(`live source against the HTTPS double (kubeconfig: CA data + token), median of ${RUNS} runs:`);
  console.log(
    `  cold load, 50 concurrent requests:     ${median(rows.cold).toFixed(0)} ms, ${median(rows.coldRequests)} requests to the cluster, ${median(rows.coldWireKB).toFixed(0)} KB on the wire (gzip)`,
  );
  console.log(
    `  revalidation, nothing changed:         ${median(rows.revalidate).toFixed(1)} ms, ${median(rows.revalidateRequests)} requests (304 for /api, /apis, /openapi/v2; /version has no ETag), no rebuild`,
  );
  console.log(
    `  revalidation after 345 CRDs installed: ${median(rows.rebuild).toFixed(0)} ms, ${median(rows.rebuildRequests)} requests (changed documents refetched, model rebuilt)`,
  );
}

await main();
