/**
 * npm run load [-- --connections 64] [--duration 20] [--rounds 2] [--skip-build] [--image] [--outage 30] [--baseline]
 *
 * --image: start the server as the container image does (scripts/assemble-image.mjs + its CMD).
 * --baseline: without the serving limits of scripts/http-guard.cjs (no cache of rendered pages, no bound
 * on concurrent renders), to compare with them back to back on the same machine.
 * --outage S: serve a live cluster (the kube-apiserver double, ATLAS_SERVER_URL, revalidated every
 * 2 s) instead of the snapshot; during round 1 the cluster goes away for S seconds and comes back:
 * pages must stay 200 (stale, with the banner) and be fresh again after it returns.
 *
 * Load test of the production server on the embedded snapshot: builds the
 * server (unless --skip-build), starts `next start` on 127.0.0.1 (a free
 * port, nothing else is ever a target), renders each page once, then drives
 * it with autocannon at N concurrent connections for a bounded time per
 * round, all connections taking turns through one rotation of a mix of pages (resource pages, definitions, a
 * field view, group-versions, kinds, the home page, a comparison, search
 * index). Reports requests/s, latency percentiles, errors and non-2xx
 * answers (must be 0), and the server's RSS before, between and after the
 * rounds. Fails (exit 1) on any error or when RSS grows past the bound:
 * after the first round has warmed every cache, later rounds may add at
 * most RSS_GROWTH_BOUND_MB. Not part of `npm test`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { EMBEDDED_SNAPSHOT } from '../test-support/fixtures';
import { documentsFromSnapshot, startApiServer, type ApiServerDouble } from '../test-support/apiserver';
import { ensureServerBuild, ROOT, rssOf, startImage, startServer } from './bench/support/next-server';

/** Growth of the server's RSS allowed between the end of the first round and the end of the last. */
const RSS_GROWTH_BOUND_MB = 64;

/** The mix: every request of a connection walks this list in order (heavy pages appear more than once). */
const PAGES = [
  '/api/v1/pods',
  '/apis/apps/v1/deployments',
  '/',
  '/apis/apps/v1',
  '/definitions/io.k8s.api.core.v1.PodSpec',
  '/api/v1/pods',
  '/kinds/HorizontalPodAutoscaler',
  '/apis/apps/v1/deployments/fields/spec.template.spec.containers',
  '/api/v1/configmaps',
  '/compare/kubernetes-1.28...kubernetes-1.36/apis/apps/v1/deployments',
  '/search-index.json',
  '/apis/networking.k8s.io/v1/ingresses',
];

interface Round {
  round: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  megabytesRead: number;
  rssAfterMb: number;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '64' },
      duration: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '2' },
      'skip-build': { type: 'boolean', default: false },
      image: { type: 'boolean', default: false },
      outage: { type: 'string', default: '0' },
      baseline: { type: 'boolean', default: false },
    },
  });
  const outage = Number(values.outage);
  const connections = Number(values.connections);
  const duration = Number(values.duration);
  const rounds = Number(values.rounds);
  if (!(connections >= 1 && duration >= 1 && duration <= 600 && rounds >= 1 && rounds <= 10))
    throw new Error('--connections ≥ 1, --duration 1–600 s, --rounds 1–10');

  await ensureServerBuild(values['skip-build'] === true);
  const documents = outage > 0 ? await documentsFromSnapshot(EMBEDDED_SNAPSHOT) : undefined;
  let cluster: ApiServerDouble | undefined = documents ? await startApiServer(documents) : undefined;
  const env: Record<string, string> = cluster
    ? { ATLAS_SERVER_URL: cluster.url, ATLAS_REFRESH_SECONDS: '2' }
    : { ATLAS_SNAPSHOT: values.image ? 'snapshots/kubernetes-1.36' : EMBEDDED_SNAPSHOT };
  // The cache of rendered pages is on, as in production (startServer turns it off for benchmarks of renders).
  Object.assign(env, values.baseline ? { ATLAS_PAGE_CACHE_MB: '0', ATLAS_MAX_RENDERS: '100000' } : { ATLAS_PAGE_CACHE_MB: '64' });
  const site = values.image ? await startImage(env) : await startServer(env.ATLAS_SNAPSHOT ?? EMBEDDED_SNAPSHOT, env);
  const faults: string[] = [];
  try {
    for (const page of PAGES) {
      const response = await fetch(`${site.url}${page}`);
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${page}: HTTP ${response.status} before the load started`);
    }
    const rssBefore = rssOf(site.pid);
    console.log(
      `load: ${site.url} (pid ${site.pid}), ${PAGES.length} pages in the mix, ${connections} connections, ${rounds} × ${duration} s; server RSS after one render of each page: ${mb(rssBefore)} MB`,
    );
    const results: Round[] = [];
    let next = 0;
    for (let round = 1; round <= rounds; round++) {
      // The cluster goes away 5 s into round 1 and comes back `outage` seconds later, on the same port.
      const outageDone =
        round === 1 && cluster && documents
          ? (async () => {
              const port = Number(new URL(cluster!.url).port);
              await new Promise((resolve) => setTimeout(resolve, 5000));
              await cluster!.close();
              console.log(`  cluster down at ${new Date().toISOString()}`);
              await new Promise((resolve) => setTimeout(resolve, Math.min(outage, 10) * 1000));
              const stale = await (await fetch(`${site.url}/api/v1/pods`)).text();
              const ready = await fetch(`${site.url}/readyz`);
              faults.push(
                `during the outage: /api/v1/pods ${/Stale since/.test(stale) ? 'stale with the banner' : 'NOT STALE'}, /readyz ${ready.status}`,
              );
              await new Promise((resolve) => setTimeout(resolve, Math.max(0, outage - 10) * 1000));
              cluster = await startApiServer(documents, { port });
              console.log(`  cluster back at ${new Date().toISOString()}`);
              await new Promise((resolve) => setTimeout(resolve, 4000));
              const fresh = await (await fetch(`${site.url}/api/v1/pods`)).text();
              faults.push(`after it came back: /api/v1/pods ${/Stale since/.test(fresh) ? 'STILL STALE' : 'fresh'}`);
            })()
          : undefined;
      const result = await autocannon({
        url: site.url,
        connections,
        duration,
        // One rotation through the mix shared by all connections: the requests in flight at any moment
        // are a mix of pages. (Per-connection lists would start all 64 connections on the same page, a
        // thundering herd of 64 Pod pages at once when a round opens its connections.)
        requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: PAGES[next++ % PAGES.length]! }) }],
      });
      const row: Round = {
        round,
        requests: result.requests.total,
        requestsPerSecond: Math.round(result.requests.average * 10) / 10,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
        errors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        megabytesRead: mb(result.throughput.total),
        rssAfterMb: mb(rssOf(site.pid)),
      };
      await outageDone;
      results.push(row);
      console.log(
        `  round ${round}: ${row.requests} requests, ${row.requestsPerSecond} req/s, latency p50 ${row.latencyMs.p50} ms / p90 ${row.latencyMs.p90} ms / p99 ${row.latencyMs.p99} ms / max ${row.latencyMs.max} ms, ` +
          `errors ${row.errors}, timeouts ${row.timeouts}, non-2xx ${row.non2xx}, ${row.megabytesRead} MB read, server RSS ${row.rssAfterMb} MB`,
      );
    }
    const growth = results.at(-1)!.rssAfterMb - results[0]!.rssAfterMb;
    const failures = results.reduce((n, r) => n + r.errors + r.timeouts + r.non2xx, 0);
    const rssOk = rounds === 1 || growth <= RSS_GROWTH_BOUND_MB;
    for (const line of faults) console.log(`load: ${line}`);
    const faultsOk = faults.every((line) => !/NOT STALE|STILL STALE/.test(line) && !/readyz [^2]/.test(line));
    console.log(
      `load: ${failures === 0 ? 'no errors' : `${failures} errors/timeouts/non-2xx (must be 0)`}; server RSS ${mb(rssBefore)} MB before, ${results[0]!.rssAfterMb} MB after round 1, ${results.at(-1)!.rssAfterMb} MB after round ${rounds} ` +
        `(growth after warm-up ${growth.toFixed(1)} MB, bound ${RSS_GROWTH_BOUND_MB} MB: ${rssOk ? 'ok' : 'EXCEEDED'})`,
    );
    const report = {
      date: new Date().toISOString(),
      node: process.version,
      connections,
      duration,
      pages: PAGES,
      rssBeforeMb: mb(rssBefore),
      rounds: results,
      rssGrowthAfterWarmupMb: growth,
      rssGrowthBoundMb: RSS_GROWTH_BOUND_MB,
      failures,
      image: values.image === true,
      baseline: values.baseline === true,
      outageSeconds: outage,
      faults,
    };
    await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
    await writeFile(path.join(ROOT, 'bench-results/load-latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log('wrote bench-results/load-latest.json');
    if (failures > 0 || !rssOk || !faultsOk) process.exitCode = 1;
  } finally {
    await site.stop();
    await cluster?.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
