/**
 * `npm run bench [-- SUITE...] [--runs N] [--warmup N] [--gc]`: runs the benchmark
 * suites in scripts/bench/suites/ (all, or those named), prints a table per
 * suite and writes every number to bench-results/bench-TIMESTAMP.json and
 * bench-results/latest.json. Not part of `npm test`: speed is measured here,
 * never asserted in tests.
 *
 * Adding a suite: put a module in scripts/bench/suites/ whose default export
 * is a BenchSuite (see types.ts and suites/openapi-decode.ts).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { evaluateBudgets } from './budgets';
import { growthTable } from './growth';
import { measureCases } from './measure';
import { formatBudgets, formatGrowth, formatSuite } from './report';
import { crdsLabel } from './support/clusters';
import type { BenchSuite, SuiteResult } from './types';

const root = path.resolve(import.meta.dirname, '../..');
const suitesDir = path.join(import.meta.dirname, 'suites');

async function loadSuites(): Promise<BenchSuite[]> {
  const files = (await readdir(suitesDir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
  const suites: BenchSuite[] = [];
  for (const file of files) {
    const loaded = (await import(pathToFileURL(path.join(suitesDir, file)).href)) as { default?: BenchSuite };
    if (!loaded.default?.name || typeof loaded.default.setup !== 'function') throw new Error(`${file}: the default export must be a BenchSuite`);
    suites.push(loaded.default);
  }
  return suites.sort((a, b) => (a.order ?? 100) - (b.order ?? 100) || a.name.localeCompare(b.name));
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      runs: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      gc: { type: 'boolean', default: false },
      crds: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  const options = { runs: Number(values.runs), warmup: Number(values.warmup), gc: values.gc === true };
  if (!(options.runs > 0 && options.warmup >= 1))
    throw new Error('--runs and --warmup must be at least 1 (the first warmup call is reported as "first call")');
  const context = { ...options, crds: Number(values.crds), seed: Number(values.seed), skipBuild: values['skip-build'] === true };
  if (!(Number.isInteger(context.crds) && context.crds >= 1 && Number.isInteger(context.seed)))
    throw new Error('--crds must be a positive integer and --seed an integer');
  const all = await loadSuites();
  const unknown = positionals.filter((name) => !all.some((s) => s.name === name));
  if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${all.map((s) => s.name).join(', ')}`);
  const chosen = positionals.length > 0 ? all.filter((s) => positionals.includes(s.name)) : all;
  if (options.gc && !(globalThis as { gc?: unknown }).gc) throw new Error('--gc needs node --expose-gc (npm run bench passes it)');

  const results: SuiteResult[] = [];
  for (const suite of chosen) {
    console.log(`\n${suite.name} …`);
    const setup = await suite.setup(context);
    let measured;
    try {
      measured = await measureCases(setup.cases, {
        ...options,
        runs: setup.runs ?? options.runs,
        warmup: setup.warmup ?? options.warmup,
        gc: options.gc || setup.gc === true,
        ...(setup.pauseMs ? { pauseMs: setup.pauseMs } : {}),
      });
    } finally {
      await setup.teardown?.();
    }
    const result: SuiteResult = { name: suite.name, description: suite.description, cases: measured, facts: setup.facts ?? [] };
    results.push(result);
    console.log(formatSuite(result, options.gc));
  }
  const growth = growthTable(results);
  const budgets = evaluateBudgets(results, growth, crdsLabel(context.crds));
  if (growth.length > 0) console.log(`\n${formatGrowth(growth)}`);
  console.log(`\n${formatBudgets(budgets)}`);

  const report = {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${os.platform()} ${os.arch()}`,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    ...options,
    crds: context.crds,
    seed: context.seed,
    suites: results,
    growth,
    budgets,
  };
  const dir = path.join(root, 'bench-results');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  await writeFile(file, text);
  await writeFile(path.join(dir, 'latest.json'), text);
  console.log(`\nwrote ${path.relative(root, file)} and bench-results/latest.json`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
