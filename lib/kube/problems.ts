/**
 * Something that went wrong while reading a source but did not stop the rest
 * of it from working: one group-version that failed, a missing /version.
 * Pages show these as warnings next to what they concern.
 */
export interface SourceProblem {
  severity: 'error' | 'warning';
  /** What was being read: a URL, a snapshot file, a document name. */
  source: string;
  message: string;
  /** The API group it concerns (`""` for core), when it concerns one. */
  group?: string;
  version?: string;
}
