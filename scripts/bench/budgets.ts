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
  check('1.36 model build within 3× of JSON.parse', parse && model ? model.medianMs / parse.medianMs : undefined, 3, '× JSON.parse', `median "${FIGURES.model}" / median "${FIGURES.parse}", same run`);

  const pod = caseOf(suites, 'render', `${RENDER_FIGURES.pod} [1.36]`);
  check('1.36 Pod page warm server render', pod?.medianMs, 50, 'ms', 'median GET /api/v1/pods over HTTP, full body, production server');

  const build = factOf(suites, `${MEMORY_FIGURES.total} [${crdsLabel}]`);
  check(`${crdsLabel} model build`, build?.value, 5000, 'ms', 'fresh process: snapshot read + decode + buildModel, median');
  const rss = factOf(suites, `${MEMORY_FIGURES.rss} [${crdsLabel}]`);
  check(`${crdsLabel} peak memory`, rss?.value, 1536, 'MB', 'peak RSS of that process, max over runs');

  const perPage = growth.find((g) => g.figure === EXPORT_FIGURES.generate);
  check(
    'static export linear in page count',
    perPage?.perSize,
    SUPERLINEAR_FACTOR,
    '× (time per page, largest / 1.36)',
    perPage ? `page generation ${(perPage.from.value / perPage.from.size).toFixed(1)} ms/page at ${perPage.from.scale} (${perPage.from.size} pages), ${(perPage.to.value / perPage.to.size).toFixed(1)} ms/page at ${perPage.to.scale} (${perPage.to.size} pages)` : 'export suite not run',
  );
  return results;
}
