import { describe, expect, it } from 'vitest';
import { measureCases } from './measure';
import { formatSuite } from './report';

describe('the benchmark runner', () => {
  it('interleaves cases, runs the first call plus warmups plus timed runs, and relates medians to the baseline', async () => {
    const calls: string[] = [];
    const results = await measureCases(
      [
        { name: 'a', baseline: true, run: () => calls.push('a') },
        { name: 'b', run: async () => calls.push('b') },
      ],
      { warmup: 2, runs: 5, gc: false },
    );
    expect(calls.join('')).toBe('ab'.repeat(2 + 5));
    expect(results.map((r) => r.samples)).toEqual([5, 5]);
    const [a, b] = results;
    // Structure only: speed is never asserted in tests. (A median of 0 ms, possible
    // for such tiny cases, leaves the ratio out.)
    if (a!.medianMs > 0) {
      expect(a!.vsBaseline).toBe(1);
      expect(b!.vsBaseline).toBe(b!.medianMs / a!.medianMs);
    }
    expect(a!.minMs).toBeLessThanOrEqual(a!.medianMs);
    expect(a!.maxMs).toBeGreaterThanOrEqual(a!.medianMs);

    const table = formatSuite(
      { name: 'demo', description: 'two cases', cases: results, facts: [{ name: 'size', value: 1234567, unit: 'bytes' }] },
      false,
    );
    expect(table).toMatch(/^demo: two cases \(5 runs per case, interleaved\)/);
    expect(table).toContain('a (baseline)');
    expect(table).toContain('1,234,567 bytes');
  });
});
