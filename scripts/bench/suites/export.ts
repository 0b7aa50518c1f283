/**
 * The full static export (`npm run export`) of Kubernetes 1.36 and of
 * generated clusters with a quarter of --crds and all of them: wall time,
 * Next.js's phases, pages and size; then search in Chromium on each export
 * (scripts/bench/search.mjs: time to first results, index size). Each
 * export runs once (it takes minutes); the growth table and the budgets
 * relate time to page count. Exports are single-source (ATLAS_SOURCES=''),
 * so every scale exports the same kinds of pages (no comparison pages).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { generatedScale, K8S_SCALE, type Scale } from '../support/clusters';
import { runExport, type ExportTiming } from '../support/export-run';
import { runJsonChild } from '../support/json-child';
import { ROOT } from '../support/next-server';
import type { BenchFact, BenchSuite } from '../types';

export const EXPORT_FIGURES = {
  wall: 'export: wall time',
  generate: 'export: page generation (Next.js)',
  /** The same time against the bytes written: pages of a cluster with big CRD schemas are bigger, not only more. */
  generateBytes: 'export: page generation, against bytes written',
  perPage: 'export: page generation per page',
  pages: 'export: pages',
} as const;

interface SearchTiming {
  coldMs: number;
  warmMs: number;
  indexBytes: number;
  indexGzipBytes: number;
}

function searchBench(dir: string, runs: number): Promise<SearchTiming> {
  return runJsonChild<SearchTiming>(path.join(ROOT, 'scripts/bench/search.mjs'), ['--dir', dir, '--runs', String(runs), '--json']);
}

function factsOf(scale: Scale, timing: ExportTiming, search: SearchTiming | undefined): BenchFact[] {
  const pages = timing.pages;
  const tag = (figure: string) => ({ figure, scale: scale.label, size: pages, sizeUnit: 'pages' });
  const facts: BenchFact[] = [
    { name: `${EXPORT_FIGURES.pages} [${scale.label}]`, value: pages, unit: `(${timing.files} files, ${timing.megabytes} MB)` },
    { name: `${EXPORT_FIGURES.wall} [${scale.label}]`, value: Math.round(timing.wallMs), unit: 'ms', growth: tag(EXPORT_FIGURES.wall) },
  ];
  if (timing.compileMs !== undefined) facts.push({ name: `  compile [${scale.label}]`, value: Math.round(timing.compileMs), unit: 'ms' });
  if (timing.typecheckMs !== undefined) facts.push({ name: `  type check [${scale.label}]`, value: Math.round(timing.typecheckMs), unit: 'ms' });
  if (timing.collectMs !== undefined)
    facts.push({
      name: `  collecting page data (source load, page lists) [${scale.label}]`,
      value: Math.round(timing.collectMs),
      unit: 'ms',
      growth: tag('export: collecting page data'),
    });
  if (timing.generateMs !== undefined) {
    facts.push({
      name: `${EXPORT_FIGURES.generate} [${scale.label}]`,
      value: Math.round(timing.generateMs),
      unit: 'ms',
      growth: tag(EXPORT_FIGURES.generate),
    });
    facts.push({ name: `${EXPORT_FIGURES.perPage} [${scale.label}]`, value: Number((timing.generateMs / pages).toFixed(2)), unit: 'ms' });
    facts.push({
      name: `${EXPORT_FIGURES.generateBytes} [${scale.label}]`,
      value: Math.round(timing.generateMs),
      unit: `ms (${(timing.generateMs / timing.megabytes).toFixed(0)} ms per MB; ${((timing.megabytes * 1024) / pages).toFixed(0)} KB per page)`,
      growth: {
        figure: EXPORT_FIGURES.generateBytes,
        scale: scale.label,
        size: Math.round(timing.megabytes * 1024 * 1024),
        sizeUnit: 'bytes written',
      },
    });
  }
  if (search) {
    const size = { size: search.indexBytes, sizeUnit: 'bytes of the search index' };
    facts.push(
      {
        name: `search in Chromium: first results, cold [${scale.label}]`,
        value: Number(search.coldMs.toFixed(1)),
        unit: 'ms (median)',
        growth: { figure: 'search in Chromium: first results, cold', scale: scale.label, ...size },
      },
      {
        name: `search in Chromium: results once loaded [${scale.label}]`,
        value: Number(search.warmMs.toFixed(1)),
        unit: 'ms (median)',
        growth: { figure: 'search in Chromium: results once loaded', scale: scale.label, ...size },
      },
      { name: `search index [${scale.label}]`, value: search.indexBytes, unit: `bytes (${search.indexGzipBytes.toLocaleString('en-US')} gzipped)` },
    );
  }
  return facts;
}

const suite: BenchSuite = {
  name: 'export',
  order: 50,
  description: 'static export (single source) of 1.36 and generated clusters: time, phases, pages; search in Chromium on each',
  async setup(context) {
    const scales: Scale[] = [K8S_SCALE];
    const quarter = Math.round(context.crds / 4);
    if (quarter >= 1 && quarter < context.crds) scales.push(await generatedScale(quarter, context.seed));
    scales.push(await generatedScale(context.crds, context.seed));
    const facts: BenchFact[] = [];
    const timings: Array<[Scale, ExportTiming]> = [];
    for (const scale of scales) {
      const out = path.join(ROOT, 'bench-results', `.export-${scale.name}`);
      try {
        console.log(`  (exporting ${scale.label} …)`);
        const timing = await runExport(scale.directory, out, { ATLAS_SOURCES: '' });
        timings.push([scale, timing]);
        const search = await searchBench(out, Math.min(context.runs, 5));
        facts.push(...factsOf(scale, timing, search));
      } finally {
        await rm(out, { recursive: true, force: true });
      }
    }
    // Marginal cost per added page between consecutive scales: constant when the export is linear in pages.
    for (let i = 1; i < timings.length; i++) {
      const [fromScale, from] = timings[i - 1]!;
      const [toScale, to] = timings[i]!;
      const added = to.pages - from.pages;
      if (added > 0)
        facts.push({
          name: `export: wall time per added page, ${fromScale.label} → ${toScale.label}`,
          value: Number(((to.wallMs - from.wallMs) / added).toFixed(2)),
          unit: 'ms',
        });
    }
    return { cases: [], facts };
  },
};

export default suite;
