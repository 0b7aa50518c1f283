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
  /** Pairs this row with the same figure at another scale in the growth table (see growth.ts). */
  growth?: GrowthTag;
}

/**
 * Marks a figure measured at several scales (Kubernetes 1.36, a cluster
 * with 1,000 CRDs): rows with the same `figure` are compared, the ratio of
 * their values against the ratio of their `size`s.
 */
export interface GrowthTag {
  /** The figure, the same at every scale: `model build`, `Pod page render`. */
  figure: string;
  /** Which input: `1.36`, `1,000 CRDs`. */
  scale: string;
  /** How big the input is for this figure (bytes of /openapi/v2, pages exported, HTML bytes of the page). */
  size: number;
  /** Unit of `size`, the same at every scale. */
  sizeUnit: string;
  /**
   * Bytes of the scale's /openapi/v2 JSON, for figures that depend on the API's size besides their own
   * input (a page render pays for collecting garbage in a heap that holds the whole model).
   */
  apiBytes?: number;
}

/** A measured quantity that is not a time: a size, a count. */
export interface BenchFact {
  name: string;
  value: number;
  unit: string;
  growth?: GrowthTag;
}

/** What every suite's setup gets from the command line. */
export interface BenchContext {
  /** CRDs in the generated cluster (`--crds`, default 1000). */
  crds: number;
  /** Seed of the generated cluster (`--seed`, default 1). */
  seed: number;
  /** `--skip-build`: reuse the existing server build (.next-server) instead of building it first. */
  skipBuild: boolean;
  /** Calls before the timed ones and timed calls, from --warmup and --runs. */
  warmup: number;
  runs: number;
}

export interface BenchSuite {
  /** Short id used on the command line: `npm run bench -- openapi-decode`. */
  name: string;
  /** Suites run in this order (then by name); default 100. */
  order?: number;
  /** One line on what is measured and on what input. */
  description: string;
  /**
   * Loads inputs (outside the timings) and returns the cases and facts.
   * Everything a case needs should be ready here, so samples time only the work.
   */
  setup: (context: BenchContext) => Promise<SuiteSetup>;
}

export interface SuiteSetup {
  cases: BenchCase[];
  facts?: BenchFact[];
  /** Runs after the cases were measured (stops servers, removes temporary files), also when measuring failed. */
  teardown?: () => Promise<void>;
  /**
   * Idle time after each sample, outside the timing. Cases of a suite run interleaved against the same
   * server; without a pause, the garbage of a big page (the 2 MB comparison) is collected during the next
   * case's request and counted there.
   */
  pauseMs?: number;
  /**
   * Collect this (the benchmark's) process's garbage before each sample, whatever --gc says: for suites
   * that time another process (a server), so that this process's collector does not run during a sample.
   */
  gc?: boolean;
  /** Timed runs and warmup calls for this suite when fewer than --runs/--warmup make sense (cases that take seconds). */
  runs?: number;
  warmup?: number;
}

export interface CaseResult {
  name: string;
  growth?: GrowthTag;
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
