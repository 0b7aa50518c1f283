import type { BenchCase, CaseResult } from './types';

export interface MeasureOptions {
  /** Calls of each case before the timed ones (the first is reported as `firstMs`), so the JIT has compiled the hot paths. */
  warmup: number;
  /** Timed calls of each case. */
  runs: number;
  /** Collect garbage before each sample (needs node --expose-gc). */
  gc: boolean;
  /** Idle time after each sample, not timed (see SuiteSetup.pauseMs). */
  pauseMs?: number;
}

const collectGarbage: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** The median of `values` (the mean of the middle two for an even count); the input is not reordered. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Times every case of a suite in the same process, interleaved round-robin
 * (A B C A B C ...) rather than case after case, so that a noisy moment on a
 * shared machine hits all cases alike. With `gc`, the heap is collected
 * before each sample: every sample then starts from a small, clean heap (as
 * the one decode at a server's start does) and pays for growing it, instead
 * of inheriting a heap sized by the samples before.
 */
export async function measureCases(cases: BenchCase[], options: MeasureOptions): Promise<CaseResult[]> {
  // The first call of each case is timed on its own: it includes compiling
  // the code (the one decode at a server's start is such a call).
  const first = cases.map(() => 0);
  for (const [index, c] of cases.entries()) {
    const start = performance.now();
    await c.run();
    first[index] = performance.now() - start;
  }
  for (let i = 1; i < options.warmup; i++) for (const c of cases) await c.run();
  const samples = cases.map(() => [] as number[]);
  for (let i = 0; i < options.runs; i++) {
    for (const [index, c] of cases.entries()) {
      if (options.gc) collectGarbage?.();
      const start = performance.now();
      await c.run();
      samples[index]!.push(performance.now() - start);
      if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  }
  const results = cases.map((c, index): CaseResult => {
    const sorted = samples[index]!.sort((a, b) => a - b);
    return {
      name: c.name,
      ...(c.growth ? { growth: c.growth } : {}),
      baseline: c.baseline === true,
      samples: sorted.length,
      medianMs: median(sorted),
      minMs: sorted[0]!,
      maxMs: sorted.at(-1)!,
      firstMs: first[index]!,
    };
  });
  const baseline = results.find((r) => r.baseline);
  if (baseline && baseline.medianMs > 0) for (const r of results) r.vsBaseline = r.medianMs / baseline.medianMs;
  return results;
}
