/**
 * How each figure grows from Kubernetes 1.36 to the generated cluster: the
 * ratio of the values against the ratio of the input sizes the figure
 * depends on (bytes of /openapi/v2 for decoding and model building, pages
 * for the export, the answer's bytes for a page render). Linear growth keeps
 * value ratio ≈ size ratio; quadratic growth would make it the size ratio
 * squared.
 */
import type { GrowthTag, SuiteResult } from './types';

export interface GrowthPoint {
  scale: string;
  value: number;
  unit: string;
  size: number;
  apiBytes?: number;
}

export interface GrowthRow {
  figure: string;
  sizeUnit: string;
  from: GrowthPoint;
  to: GrowthPoint;
  valueRatio: number;
  sizeRatio: number;
  /** valueRatio / sizeRatio: ≤ 1 grows no faster than its input. */
  perSize: number;
  /** valueRatio / the ratio of the API's size, when the figure's tags carry it. */
  perApiSize?: number;
  verdict: 'linear or better' | 'superlinear';
}

/** Above this many times the size ratio a figure is called superlinear (noise and GC leave room above 1). */
export const SUPERLINEAR_FACTOR = 1.5;

export function growthTable(suites: readonly SuiteResult[]): GrowthRow[] {
  const points = new Map<string, Array<GrowthPoint & { sizeUnit: string }>>();
  const add = (tag: GrowthTag, value: number, unit: string) => {
    const list = points.get(tag.figure) ?? [];
    list.push({ scale: tag.scale, value, unit, size: tag.size, sizeUnit: tag.sizeUnit, ...(tag.apiBytes ? { apiBytes: tag.apiBytes } : {}) });
    points.set(tag.figure, list);
  };
  for (const suite of suites) {
    for (const c of suite.cases) if (c.growth) add(c.growth, c.medianMs, 'ms');
    for (const f of suite.facts) if (f.growth) add(f.growth, f.value, f.unit);
  }
  const rows: GrowthRow[] = [];
  for (const [figure, list] of points) {
    if (list.length < 2) continue;
    // The first scale measured (1.36) against the last (the largest cluster), in the order the suites measured
    // them, not by size: a page can be smaller in the bigger cluster (the export's middle point is a fact of its own).
    const from = list[0]!;
    const to = list.at(-1)!;
    if (from.value <= 0 || from.size <= 0) continue;
    const valueRatio = to.value / from.value;
    const sizeRatio = to.size / from.size;
    const perSize = valueRatio / sizeRatio;
    const perApiSize = from.apiBytes && to.apiBytes ? valueRatio / (to.apiBytes / from.apiBytes) : undefined;
    // A page that is no bigger in the larger cluster can still take longer there (a bigger heap to collect):
    // it grows linearly when it grows no faster than its own size or than the API's.
    const linear = perSize <= SUPERLINEAR_FACTOR || (perApiSize !== undefined && perApiSize <= SUPERLINEAR_FACTOR);
    rows.push({
      figure,
      sizeUnit: from.sizeUnit,
      from,
      to,
      valueRatio,
      sizeRatio,
      perSize,
      ...(perApiSize !== undefined ? { perApiSize } : {}),
      verdict: linear ? 'linear or better' : 'superlinear',
    });
  }
  return rows;
}
