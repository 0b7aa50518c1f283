import type { SuiteResult } from './types';

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

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
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => pad(cell, widths[i]!, i > 0)).join('  ');
  const runs = suite.cases[0]?.samples ?? 0;
  const out = [`${suite.name}: ${suite.description} (${runs} runs per case, interleaved${gc ? ', heap collected before each' : ''})`, line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
  if (suite.facts.length > 0) {
    const width = Math.max(...suite.facts.map((f) => f.name.length));
    out.push('', ...suite.facts.map((f) => `${pad(f.name, width)}  ${f.value.toLocaleString('en-US')} ${f.unit}`));
  }
  return out.join('\n');
}
