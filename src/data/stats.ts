// Citation statistics: pure functions on plain number arrays.

/** Quantile of an ascending-sorted array by linear interpolation (R type 7, as d3.quantileSorted). */
export function quantile(sorted: readonly number[], p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** Median of an unsorted array. */
export function median(values: readonly number[]): number {
  return quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/** Percentile rank of a value in [0, 100]: share below it plus half the ties (mid-rank definition). */
export function percentileRank(values: readonly number[], value: number): number {
  if (values.length === 0) return NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (100 * (below + 0.5 * equal)) / values.length;
}

/** Gini coefficient in [0, 1): 0 when all values are equal; for n values, at most (n - 1) / n. */
export function gini(values: readonly number[]): number {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (n === 0 || total === 0) return 0;
  let weighted = 0;
  sorted.forEach((v, i) => (weighted += (i + 1) * v));
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

/** Share of the total held by the k largest values, in [0, 1]. */
export function topShare(values: readonly number[], k: number): number {
  const total = values.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  const top = [...values].sort((a, b) => b - a).slice(0, Math.max(0, k));
  return top.reduce((a, b) => a + b, 0) / total;
}

/** Lorenz curve: (share of items, share of total) from (0, 0) to (1, 1), items ascending. */
export function lorenz(values: readonly number[]): { x: number; y: number }[] {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  const n = sorted.length;
  const points = [{ x: 0, y: 0 }];
  let cum = 0;
  sorted.forEach((v, i) => {
    cum += v;
    points.push({ x: (i + 1) / n, y: total === 0 ? (i + 1) / n : cum / total });
  });
  return points;
}

/** Five-number summary plus count and total. */
export interface GroupSummary<K> {
  group: K;
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  total: number;
}

/** Summary of a set of values (count, min, quartiles, max, total). */
export function summarize<K>(group: K, values: readonly number[]): GroupSummary<K> {
  const s = [...values].sort((a, b) => a - b);
  return {
    group,
    count: s.length,
    min: s[0] ?? NaN,
    q1: quantile(s, 0.25),
    median: quantile(s, 0.5),
    q3: quantile(s, 0.75),
    max: s[s.length - 1] ?? NaN,
    total: s.reduce((a, b) => a + b, 0),
  };
}

/**
 * Per-group summaries; an item may belong to several groups (themes) or one (cluster).
 * Groups come out in first-seen order.
 */
export function groupSummaries<T, K>(
  items: readonly T[],
  groupsOf: (item: T) => readonly K[] | K,
  valueOf: (item: T) => number,
): GroupSummary<K>[] {
  const byGroup = new Map<K, number[]>();
  for (const item of items) {
    const g = groupsOf(item);
    for (const key of (Array.isArray(g) ? g : [g]) as K[]) {
      let arr = byGroup.get(key);
      if (!arr) byGroup.set(key, (arr = []));
      arr.push(valueOf(item));
    }
  }
  return [...byGroup].map(([k, v]) => summarize(k, v));
}

/** Smallest and largest citation count of a list; [0, 0] when it is empty. */
export function citationExtent(papers: readonly { citations: number }[]): [number, number] {
  if (papers.length === 0) return [0, 0];
  let lo = Infinity;
  let hi = -Infinity;
  for (const p of papers) {
    if (p.citations < lo) lo = p.citations;
    if (p.citations > hi) hi = p.citations;
  }
  return [lo, hi];
}
