import { bisectLeft, bisectRight } from 'd3-array';
import type { Paper } from '../../data/types';
import type { Concentration } from './lorenz';

/**
 * Citations of the papers a mask passes, ascending, with prefix sums. Built once per mask (the
 * papers passing every filter but the citation range), it answers the concentration of any
 * citation range by bisection: a brush move costs O(curve points), not a sort of every paper.
 */
export interface SortedCitations {
  values: Float64Array;
  /** cum[i]: sum of values[0..i). */
  cum: Float64Array;
  /** weighted[i]: sum of (j + 1) * values[j] for j < i (for the Gini coefficient). */
  weighted: Float64Array;
}

/** Sorts the citations of the papers `mask` passes and takes their prefix sums. */
export function sortCitations(papers: readonly Paper[], mask: Uint8Array): SortedCitations {
  const all = new Float64Array(papers.length);
  let n = 0;
  for (let i = 0; i < papers.length; i++) if (mask[i] === 1) all[n++] = papers[i]!.citations;
  const values = all.slice(0, n).sort();
  const cum = new Float64Array(n + 1);
  const weighted = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    cum[i + 1] = cum[i]! + values[i]!;
    weighted[i + 1] = weighted[i]! + (i + 1) * values[i]!;
  }
  return { values, cum, weighted };
}

/** Median of the sorted citations (NaN when there are none). */
export function sortedMedian(s: SortedCitations): number {
  // d3's quantileSorted at p = 0.5, on a typed array.
  const v = s.values;
  if (v.length === 0) return NaN;
  const i = (v.length - 1) / 2;
  const i0 = Math.floor(i);
  const lo = v[i0]!;
  return i0 + 1 < v.length ? lo + (v[i0 + 1]! - lo) * (i - i0) : lo;
}

/**
 * Gini, top-10 share and a Lorenz curve thinned to `points` of the citations within `range`
 * (inclusive; all when null): the same figures as `concentration` over those values.
 */
export function rangeConcentration(
  s: SortedCitations,
  range: readonly [number, number] | null,
  points = 160,
): Concentration {
  const a = range ? bisectLeft(s.values, range[0]) : 0;
  const b = range ? Math.max(a, bisectRight(s.values, range[1])) : s.values.length;
  const n = b - a;
  const total = s.cum[b]! - s.cum[a]!;
  // Σ (k + 1) v[a + k] over the slice = Σ (j + 1) v[j] − a Σ v[j], j in [a, b).
  const weighted = s.weighted[b]! - s.weighted[a]! - a * total;
  const gini = n === 0 || total === 0 ? 0 : (2 * weighted) / (n * total) - (n + 1) / n;
  const top10 = total === 0 ? 0 : (s.cum[b]! - s.cum[Math.max(a, b - 10)]!) / total;
  const at = (j: number) =>
    j === 0
      ? { x: 0, y: 0 }
      : { x: j / n, y: total === 0 ? j / n : (s.cum[a + j]! - s.cum[a]!) / total };
  // The points `thin` would keep of the full curve's n + 1, first and last included.
  const step = n / (points - 1);
  const curve =
    n + 1 <= points
      ? Array.from({ length: n + 1 }, (_, j) => at(j))
      : Array.from({ length: points }, (_, i) => at(Math.round(i * step)));
  return { n, gini, top10, curve };
}
