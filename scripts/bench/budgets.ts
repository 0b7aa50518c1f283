/**
 * The performance budgets of issue 8, checked against the numbers of the
 * same run. A budget whose suite was not run is listed as not measured.
 */
import { SUPERLINEAR_FACTOR, type GrowthRow } from './growth';
import type { SuiteResult } from './types';
import { FIGURES } from './support/model-cases';
import { MEMORY_FIGURES } from './suites/memory';
import { RENDER_FIGURES } from './suites/render';
import { EXPORT_FIGURES } from './suites/export';
import { FIRST_SCREEN_FIGURES, SITE_TARGETS } from './suites/first-screen';

export interface BudgetResult {
  budget: string;
  measured?: number;
  limit: number;
  unit: string;
  pass?: boolean;
  /** How the measured number was made. */
  detail: string;
}

function caseOf(suites: readonly SuiteResult[], suite: string, name: string) {
  return suites.find((s) => s.name === suite)?.cases.find((c) => c.name === name);
}

function factOf(suites: readonly SuiteResult[], name: string) {
  for (const suite of suites) {
    const fact = suite.facts.find((f) => f.name === name);
    if (fact) return fact;
  }
  return undefined;
}

export function evaluateBudgets(suites: readonly SuiteResult[], growth: readonly GrowthRow[], crdsLabel: string): BudgetResult[] {
  const results: BudgetResult[] = [];
  const check = (budget: string, measured: number | undefined, limit: number, unit: string, detail: string) =>
    results.push({ budget, ...(measured === undefined ? {} : { measured, pass: measured <= limit }), limit, unit, detail });

  const parse = caseOf(suites, 'model-1.36', FIGURES.parse);
  const model = caseOf(suites, 'model-1.36', FIGURES.model);
  check(
    '1.36 model build within 3× of JSON.parse',
    parse && model ? model.medianMs / parse.medianMs : undefined,
    3,
    '× JSON.parse',
    `median "${FIGURES.model}" / median "${FIGURES.parse}", same run`,
  );

  const pod = caseOf(suites, 'render', `${RENDER_FIGURES.pod} [1.36]`);
  check('1.36 Pod page warm server render', pod?.medianMs, 50, 'ms', 'median GET /api/v1/pods over HTTP, full body, production server');

  const build = factOf(suites, `${MEMORY_FIGURES.total} [${crdsLabel}]`);
  check(`${crdsLabel} model build`, build?.value, 5000, 'ms', 'fresh process: snapshot read + decode + buildModel, median');
  const rss = factOf(suites, `${MEMORY_FIGURES.rss} [${crdsLabel}]`);
  check(`${crdsLabel} peak memory`, rss?.value, 1536, 'MB', 'peak RSS of that process, max over runs');

  // Linear in pages means the time per page does not grow with the number of pages. The generated
  // cluster's pages are also bigger (CRD schemas are richer than most of 1.36's definitions), so the
  // time per page is compared with the bytes per page: page generation time against bytes written.
  const perPage = growth.find((g) => g.figure === EXPORT_FIGURES.generate);
  const perByte = growth.find((g) => g.figure === EXPORT_FIGURES.generateBytes);
  const msPerPage = (row: GrowthRow, point: 'from' | 'to') => (row[point].value / row[point].size).toFixed(1);
  check(
    'static export linear in page count (time per page / bytes per page)',
    perByte?.perSize,
    SUPERLINEAR_FACTOR,
    '× (largest / 1.36)',
    perPage && perByte
      ? `page generation ${msPerPage(perPage, 'from')} ms/page at ${perPage.from.scale} (${perPage.from.size} pages, ${(perByte.from.size / perPage.from.size / 1024).toFixed(0)} KB/page), ` +
          `${msPerPage(perPage, 'to')} ms/page at ${perPage.to.scale} (${perPage.to.size} pages, ${(perByte.to.size / perPage.to.size / 1024).toFixed(0)} KB/page): ` +
          `per page ${perPage.perSize.toFixed(2)}×, per byte ${perByte.perSize.toFixed(2)}×`
      : 'export suite not run',
  );

  // Issue 13: the first screen against Swagger UI, same run, same spec, fresh profile per load.
  for (const target of SITE_TARGETS) {
    const ratio = factOf(suites, FIRST_SCREEN_FIGURES.ratio(target));
    check(
      `${target}: Pod list in viewport ≥10× faster than Swagger UI`,
      ratio?.value,
      0.1,
      '× Swagger UI time',
      `median time to "Pod list operation in viewport" / Swagger UI's, deep-linked, Chromium, fresh profile per load (first-screen)`,
    );
    const heap = factOf(suites, FIRST_SCREEN_FIGURES.heap(target));
    check(`${target}: JS heap after load`, heap?.value, 5, 'MiB', 'median Runtime.getHeapUsage().usedSize after load + GC (first-screen)');
    const fcp = factOf(suites, FIRST_SCREEN_FIGURES.fcpRatio(target));
    check(
      `${target}: first contentful paint`,
      fcp?.value,
      2,
      '× trivial page',
      'median FCP / median FCP of a trivial static page, same run (first-screen)',
    );
    const html = factOf(suites, FIRST_SCREEN_FIGURES.html(target));
    check(`${target}: Pod page HTML`, html?.value, 250, 'KB', 'raw bytes of /api/v1/pods (first-screen)');
  }
  return results;
}
