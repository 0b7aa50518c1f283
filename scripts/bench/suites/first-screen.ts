/**
 * The first screen against Swagger UI, in one run (issue 13, "Speed"):
 * headless Chromium, a fresh browser context (empty cache) per load, the
 * time from navigation until the Pod `list` operation is in the viewport,
 * deep-linked on each: Swagger UI (swagger-ui-dist on the same 1.36
 * /openapi/v2 JSON, `#/core_v1/listCoreV1NamespacedPod`), this site's server
 * build and its static export (`/api/v1/pods#verb-list`). The server runs as
 * shipped: with its page cache (a snapshot's page is rendered once per
 * process, scripts/page-cache.cjs); the same server with the cache off, which
 * renders the page for every load, is measured too (not budgeted: it shows
 * what a render costs). Also the JS heap in
 * use once loaded (after a GC), first contentful paint against a trivial
 * static page served the same way, and the Pod page's raw HTML size.
 * Loads are interleaved (site, export, Swagger UI, trivial page per round).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../e2e/support/browser';
import type { LiveSite } from '../../../e2e/support/live-site';
import { startStaticServer, type StaticServer } from '../../../e2e/support/static-server';
import { runExport } from '../support/export-run';
import { measureFirstScreen, median, type FirstScreenSample } from '../support/first-screen';
import { ensureServerBuild, ROOT, startServer } from '../support/next-server';
import { startComparisonServer, type ComparisonServer } from '../support/swagger-ui-server';
import type { BenchFact, BenchSuite } from '../types';

const EMBEDDED = path.join(ROOT, 'snapshots/kubernetes-1.36');
/** At least this many loads per target, whatever --runs says (each Swagger UI load takes seconds). */
const MIN_RUNS = 7;
const MAX_RUNS = 11;

/** Fact names the budgets table reads. */
export const FIRST_SCREEN_FIGURES = {
  inView: (target: string) => `Pod list in viewport, median [${target}]`,
  ratio: (target: string) => `${target} time / Swagger UI time`,
  heap: (target: string) => `JS heap after load, median [${target}]`,
  fcp: (target: string) => `first contentful paint, median [${target}]`,
  fcpRatio: (target: string) => `${target} FCP / trivial page FCP`,
  html: (target: string) => `Pod page HTML [${target}]`,
} as const;

export const SITE_TARGETS = ['server', 'export'] as const;
/** The server with its page cache off: every load renders (reported, not budgeted). */
const RENDERING_SERVER = 'server, render per load';

/** The export to measure: out/ when --skip-build finds one, else a fresh export of the embedded snapshot. */
async function exportDirectory(skipBuild: boolean): Promise<{ dir: string; temporary: boolean }> {
  const existing = path.join(ROOT, 'out');
  if (skipBuild && existsSync(path.join(existing, 'api/v1/pods/index.html'))) return { dir: existing, temporary: false };
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'atlas-first-screen-')), 'out');
  await runExport(EMBEDDED, dir);
  return { dir, temporary: true };
}

const suite: BenchSuite = {
  name: 'first-screen',
  order: 60,
  description: 'Chromium, fresh profile per load: deep link to the Pod list operation until it is in the viewport, site vs Swagger UI',
  async setup(context) {
    await ensureServerBuild(context.skipBuild);
    const exported = await exportDirectory(context.skipBuild);
    let site: LiveSite | undefined;
    let rendering: LiveSite | undefined;
    let statics: StaticServer | undefined;
    let comparison: ComparisonServer | undefined;
    let browser: Browser | undefined;
    try {
      // The shipped configuration (page cache on), and one that renders every load.
      site = await startServer(EMBEDDED, { ATLAS_PAGE_CACHE_MB: '64' });
      rendering = await startServer(EMBEDDED, { ATLAS_PAGE_CACHE_MB: '0' });
      statics = await startStaticServer(exported.dir);
      comparison = await startComparisonServer();
      browser = await launchBrowser();
      const targets: Record<string, { url: string; id: string }> = {
        server: { url: `${site.url}/api/v1/pods#verb-list`, id: 'verb-list' },
        export: { url: `${statics.url}/api/v1/pods/#verb-list`, id: 'verb-list' },
        [RENDERING_SERVER]: { url: `${rendering.url}/api/v1/pods#verb-list`, id: 'verb-list' },
        'Swagger UI': { url: comparison.swaggerPodList, id: comparison.swaggerPodListId },
        // Nothing to wait for but its paint: the element is the page's heading.
        'trivial page': { url: comparison.trivial, id: 'trivial-heading' },
      };
      const samples: Record<string, FirstScreenSample[]> = Object.fromEntries(Object.keys(targets).map((t) => [t, []]));
      // One load of each first (warm the servers: the site's first render builds its model), not counted.
      for (const target of Object.values(targets)) await measureFirstScreen(browser, target.url, target.id);
      const runs = Math.min(MAX_RUNS, Math.max(MIN_RUNS, context.runs));
      for (let run = 0; run < runs; run++) {
        for (const [name, target] of Object.entries(targets)) samples[name]!.push(await measureFirstScreen(browser, target.url, target.id));
      }
      const med = (name: string, pick: (s: FirstScreenSample) => number) => median(samples[name]!.map(pick));
      const swagger = med('Swagger UI', (s) => s.inViewMs);
      const trivialFcp = med('trivial page', (s) => s.fcpMs);
      const facts: BenchFact[] = [];
      const round = (value: number, digits = 1) => Number(value.toFixed(digits));
      for (const name of ['server', 'export', RENDERING_SERVER, 'Swagger UI']) {
        facts.push({ name: FIRST_SCREEN_FIGURES.inView(name), value: round(med(name, (s) => s.inViewMs)), unit: `ms (${runs} loads)` });
        facts.push({ name: FIRST_SCREEN_FIGURES.heap(name), value: round(med(name, (s) => s.heapBytes) / 1024 / 1024, 2), unit: 'MiB' });
        facts.push({ name: FIRST_SCREEN_FIGURES.fcp(name), value: round(med(name, (s) => s.fcpMs)), unit: 'ms' });
      }
      facts.push({ name: FIRST_SCREEN_FIGURES.fcp('trivial page'), value: round(trivialFcp), unit: 'ms' });
      for (const name of [...SITE_TARGETS, RENDERING_SERVER]) {
        facts.push({ name: FIRST_SCREEN_FIGURES.ratio(name), value: round(med(name, (s) => s.inViewMs) / swagger, 3), unit: '×' });
        facts.push({ name: FIRST_SCREEN_FIGURES.fcpRatio(name), value: round(med(name, (s) => s.fcpMs) / trivialFcp, 2), unit: '×' });
      }
      const podHtml = async (url: string) => Buffer.byteLength(await (await fetch(url)).text());
      facts.push({ name: FIRST_SCREEN_FIGURES.html('server'), value: round((await podHtml(`${site.url}/api/v1/pods`)) / 1024), unit: 'KB' });
      facts.push({ name: FIRST_SCREEN_FIGURES.html('export'), value: round((await podHtml(`${statics.url}/api/v1/pods/`)) / 1024), unit: 'KB' });
      return { cases: [], facts };
    } finally {
      await browser?.close();
      await comparison?.close();
      await statics?.close();
      await site?.stop();
      await rendering?.stop();
      if (exported.temporary) rmSync(path.dirname(exported.dir), { recursive: true, force: true });
    }
  },
};

export default suite;
