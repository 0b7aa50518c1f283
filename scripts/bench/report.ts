import type { BudgetResult } from './budgets';
import type { GrowthRow } from './growth';
import type { SuiteResult } from './types';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

/** Header, rule and rows, columns padded (the first left-aligned, the rest right-aligned). */
function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!, i > 0)).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const num = (value: number) => (value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(value < 10 ? 2 : 1));

/** The growth table: each figure at the smallest and the largest input, and how its ratio compares with the size ratio. */
export function formatGrowth(rows: readonly GrowthRow[]): string {
  if (rows.length === 0) return '';
  const body = rows.map((r) => [
    r.figure,
    `${num(r.from.value)} ${r.from.unit.split(' ')[0]}`,
    `${num(r.to.value)} ${r.to.unit.split(' ')[0]}`,
    `${r.valueRatio.toFixed(2)}×`,
    `${r.sizeRatio.toFixed(2)}× ${r.sizeUnit}`,
    r.perSize.toFixed(2),
    r.perApiSize === undefined ? '' : r.perApiSize.toFixed(2),
    r.verdict,
  ]);
  const scales = rows[0] ? `${rows[0].from.scale} → ${rows[0].to.scale}` : '';
  return [
    `growth ${scales}: value ratio against input size ratio (value ratio / size ratio ≤ 1: grows no faster than its input; renders also against the ratio of /openapi/v2 sizes)`,
    ...table(['figure', 'small', 'large', 'value ratio', 'size ratio', 'ratio / size', 'ratio / API size', 'verdict'], body),
  ].join('\n');
}

/** The budgets table. */
export function formatBudgets(budgets: readonly BudgetResult[]): string {
  const body = budgets.map((b) => [
    b.budget,
    b.measured === undefined ? 'not measured' : num(b.measured),
    `≤ ${num(b.limit)} ${b.unit}`,
    b.pass === undefined ? '-' : b.pass ? 'PASS' : 'FAIL',
    b.detail,
  ]);
  return ['budgets', ...table(['budget', 'measured', 'limit', 'result', 'how'], body)].join('\n');
}

/** A plain-text table of one suite's results, for the terminal. */
export function formatSuite(suite: SuiteResult, gc: boolean): string {
  const rows = suite.cases.map((c) => [
    c.baseline ? `${c.name} (baseline)` : c.name,
    ms(c.medianMs),
    ms(c.minMs),
    ms(c.maxMs),
    ms(c.firstMs),
    c.vsBaseline === undefined ? '' : `${c.vsBaseline.toFixed(2)}×`,
  ]);
  const header = ['case', 'median ms', 'min ms', 'max ms', 'first call ms', 'median vs baseline'];
  const runs = suite.cases[0]?.samples ?? 0;
  const out =
    rows.length > 0
      ? [
          `${suite.name}: ${suite.description} (${runs} runs per case, interleaved${gc ? ', heap collected before each' : ''})`,
          ...table(header, rows),
        ]
      : [`${suite.name}: ${suite.description}`];
  if (suite.facts.length > 0) {
    const width = Math.max(...suite.facts.map((f) => f.name.length));
    out.push('', ...suite.facts.map((f) => `${pad(f.name, width)}  ${f.value.toLocaleString('en-US')} ${f.unit}`));
  }
  return out.join('\n');
}
