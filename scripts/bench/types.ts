/**
 * The shape of a benchmark suite. A suite is one module in
 * scripts/bench/suites/ whose default export is a BenchSuite; the runner finds
 * it by itself, so adding a suite is adding a file.
 */

export interface BenchCase {
  /** Row label, e.g. `protobuf → OpenAPI document`. */
  name: string;
  /** The work to time; one call is one sample. May be async. */
  run: () => unknown;
  /** The suite's baseline row: other rows are shown as a multiple of it. At most one per suite. */
  baseline?: boolean;
}

/** A measured quantity that is not a time: a size, a count. */
export interface BenchFact {
  name: string;
  value: number;
  unit: string;
}

export interface BenchSuite {
  /** Short id used on the command line: `npm run bench -- openapi-decode`. */
  name: string;
  /** One line on what is measured and on what input. */
  description: string;
  /**
   * Loads inputs (outside the timings) and returns the cases and facts.
   * Everything a case needs should be ready here, so samples time only the work.
   */
  setup: () => Promise<{ cases: BenchCase[]; facts?: BenchFact[] }>;
}

export interface CaseResult {
  name: string;
  baseline: boolean;
  samples: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** The very first call, before any warmup: cold code, as a server's one decode at start. */
  firstMs: number;
  /** medianMs / the baseline's medianMs, when the suite has a baseline. */
  vsBaseline?: number;
}

export interface SuiteResult {
  name: string;
  description: string;
  cases: CaseResult[];
  facts: BenchFact[];
}
