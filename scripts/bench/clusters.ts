/**
 * npx tsx scripts/bench/clusters.ts [--clusters 10] [--crds 100] [--loaded 4] [--runs 5] [--dir /tmp/atlas-clusters]
 *
 * Many clusters in one server: N generated clusters (Kubernetes 1.36 plus
 * --crds generated CRDs each, one seed per cluster, so each has its own
 * groups) as snapshots, the first primary and the others in ATLAS_SOURCES,
 * served by the production build with ATLAS_LOADED_CLUSTERS=--loaded. It
 * measures the server's RSS and, cold (the first request; on a cluster not
 * loaded yet it loads the cluster) and warm (median of --runs):
 * - the primary's home and search index; `/served` (every cluster's summary:
 *   its cold request loads every other cluster, one after another); the
 *   primary's Deployment page; then a second cluster's pages, first its
 *   Deployment page (its model was dropped: it loads again); `/served`
 *   filtered and at a later page;
 * - search across clusters: what the browser fetches for "every cluster",
 *   each cluster's search index, in parallel;
 * - the Deployment page of every cluster cold and warm, and a second round
 *   over the clusters in the same order, in which the least recently used
 *   clusters were dropped and load again.
 * Needs a server build (npm run build).
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeGeneratedCluster } from '../../test-support/cluster/snapshot';
import { median } from './measure';
import { ensureServerBuild, ROOT, rssOf } from './support/next-server';
import { startLiveSite } from '../../e2e/support/live-site';

const { values } = parseArgs({
  options: {
    clusters: { type: 'string', default: '10' },
    crds: { type: 'string', default: '100' },
    loaded: { type: 'string', default: '4' },
    runs: { type: 'string', default: '5' },
    dir: { type: 'string', default: '/tmp/atlas-clusters' },
  },
});
const count = Number(values.clusters);
const crds = Number(values.crds);
const runs = Number(values.runs);

async function generate(): Promise<string[]> {
  const dirs: string[] = [];
  for (let i = 1; i <= count; i++) {
    const dir = path.join(values.dir, `crds${crds}-seed${i}`, `cluster-${i}`);
    if (!existsSync(path.join(dir, 'manifest.json'))) {
      await mkdir(path.dirname(dir), { recursive: true });
      await writeGeneratedCluster(dir, { crds, seed: i });
      console.log(`  generated ${dir}`);
    }
    dirs.push(dir);
  }
  return dirs;
}

async function timed(url: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { 'cache-control': 'no-store' } });
  const body = await response.text();
  if (response.status !== 200 || body.length < 1000) throw new Error(`${url}: HTTP ${response.status}, ${body.length} bytes`);
  return performance.now() - started;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

await ensureServerBuild(true);
const dirs = await generate();
const names = dirs.map((_, i) => `cluster-${i + 1}`);
const site = await startLiveSite({
  ATLAS_SNAPSHOT: dirs[0]!,
  ATLAS_SOURCES: dirs
    .slice(1)
    .map((dir, i) => `${names[i + 1]}=${dir}`)
    .join(','),
  ATLAS_LOADED_CLUSTERS: values.loaded,
});
try {
  const pageOf = (name: string) => `${site.url}${name === names[0] ? '' : `/c/${name}`}/apis/apps/v1/deployments`;
  const prefixOf = (name: string) => (name === names[0] ? '' : `/c/${name}`);
  const rss: Record<string, number> = {};
  /** Cold and warm (median of --runs) times of a site path, in this order of first requests. */
  const pages: Array<{ page: string; cold: number; warm: number }> = [];
  const measure = async (label: string, sitePath: string) => {
    const cold = await timed(`${site.url}${sitePath}`);
    const warm: number[] = [];
    for (let i = 0; i < runs; i++) warm.push(await timed(`${site.url}${sitePath}`));
    pages.push({ page: label, cold: Math.round(cold), warm: Math.round(median(warm)) });
  };
  const second = names[1] ?? names[0]!;
  await measure('home (primary, loads it)', '/');
  rss.afterPrimary = mb(rssOf(site.pid));
  await measure('search index (primary)', '/search-index.json');
  // The first page with a served-where matrix or the GVK list loads every cluster once, one after another.
  await measure('/served (loads every other cluster)', '/served');
  rss.afterServed = mb(rssOf(site.pid));
  await measure('Deployment page (primary)', '/apis/apps/v1/deployments');
  // Only the last --loaded clusters kept their model: the second one loads again.
  await measure(`Deployment page (${second}, loads it)`, `${prefixOf(second)}/apis/apps/v1/deployments`);
  await measure(`home (${second})`, `${prefixOf(second)}/`);
  await measure(`search index (${second})`, `${prefixOf(second)}/search-index.json`);
  await measure('/served?q=deployment', '/served?q=deployment');
  await measure('/served?served=not-everywhere&page=3', '/served?served=not-everywhere&page=3');
  const servedBytes = (await (await fetch(`${site.url}/served`)).text()).length;
  const everyIndex = async () => {
    const started = performance.now();
    await Promise.all(names.map((name) => timed(`${site.url}${prefixOf(name)}/search-index.json`)));
    return performance.now() - started;
  };
  const searchAllCold = await everyIndex();
  const searchAllWarm: number[] = [];
  for (let i = 0; i < runs; i++) searchAllWarm.push(await everyIndex());
  pages.push({
    page: `search across clusters (${names.length} indexes in parallel)`,
    cold: Math.round(searchAllCold),
    warm: Math.round(median(searchAllWarm)),
  });
  rss.afterSearchAll = mb(rssOf(site.pid));
  const rounds: Array<Array<{ cluster: string; cold: number; warm: number }>> = [];
  for (let round = 0; round < 2; round++) {
    const rows: Array<{ cluster: string; cold: number; warm: number }> = [];
    for (const name of names) {
      const cold = await timed(pageOf(name));
      const warm: number[] = [];
      for (let i = 0; i < runs; i++) warm.push(await timed(pageOf(name)));
      rows.push({ cluster: name, cold: Math.round(cold), warm: Math.round(median(warm)) });
    }
    rounds.push(rows);
    rss[`afterRound${round + 1}`] = mb(rssOf(site.pid));
  }
  const result = {
    clusters: count,
    crdsPerCluster: crds,
    loadedClusters: Number(values.loaded),
    runs,
    pages,
    servedBytes,
    rssMB: rss,
    rounds,
    medians: rounds.map((rows) => ({
      cold: Math.round(median(rows.slice(1).map((r) => r.cold))),
      warm: Math.round(median(rows.map((r) => r.warm))),
    })),
  };
  console.table(pages);
  console.log(JSON.stringify(result, null, 2));
  await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(path.join(ROOT, 'bench-results', `clusters-loaded${values.loaded}-latest.json`), `${JSON.stringify(result, null, 2)}\n`);
} finally {
  await site.stop();
}
