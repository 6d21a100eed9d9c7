import { bin, bisectRight, max, min } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleContinuousNumeric } from 'd3-scale';
import type { Paper } from '../../data/types';

export type CitationScale = ScaleContinuousNumeric<number, number>;

/**
 * Citations to pixels. Log scales start at 1 (a paper with 0 citations sits on the axis), so
 * callers clamp values with `logSafe`.
 */
export function citationScale(hi: number, range: [number, number], log: boolean): CitationScale {
  const top = Math.max(1, hi);
  const scale = log ? scaleLog().domain([1, Math.max(10, top)]) : scaleLinear().domain([0, top]);
  return scale.range(range).nice().clamp(true);
}

/** A value a log scale can take (>= 1). */
export function logSafe(value: number): number {
  return Math.max(1, value);
}

/** Paper indices in rank order (ties by citations, then id), computed once per dataset. */
export function rankOrder(papers: readonly Paper[]): Int32Array {
  const order = Int32Array.from(papers.keys());
  order.sort((a, b) => {
    const pa = papers[a]!;
    const pb = papers[b]!;
    return pa.rank - pb.rank || pb.citations - pa.citations || (pa.id < pb.id ? -1 : 1);
  });
  return order;
}

/**
 * Which papers the ranked chart draws: the first `limit` in rank order, skipping those the
 * mask leaves out when `hide` is set (dimmed ones keep their place).
 */
export function rankedSlice(
  order: Int32Array,
  mask: Uint8Array,
  hide: boolean,
  limit: number,
): number[] {
  const out: number[] = [];
  for (let i = 0; i < order.length && out.length < limit; i++) {
    const index = order[i]!;
    if (!hide || mask[index] === 1) out.push(index);
  }
  return out;
}

export interface Histogram {
  /** Bin edges, ascending: bin i holds values in [edges[i], edges[i + 1]). */
  edges: number[];
  /** Count of every paper per bin (the full distribution). */
  total: Int32Array;
  /** The bin of each paper, by dataset index. */
  binOf: Int32Array;
  log: boolean;
}

/**
 * Log-spaced edges covering [lo, hi]: `perDecade` equal steps per factor of ten, rounded to two
 * significant digits (the Renard series 1, 1.6, 2.5, 4, 6.3, 10… for five per decade).
 */
export function logEdges(lo: number, hi: number, perDecade: number): number[] {
  const from = Math.floor(Math.log10(Math.max(1, lo)) * perDecade);
  const edges: number[] = [];
  for (let j = from; ; j++) {
    const edge = Number((10 ** (j / perDecade)).toPrecision(2));
    if (edges[edges.length - 1] !== edge) edges.push(edge);
    if (edge > hi) return edges;
  }
}

/** Bins the citations of every paper (d3-array `bin`), linear or log-spaced, about `target` bins. */
export function histogram(papers: readonly Paper[], log: boolean, target = 20): Histogram {
  const values = papers.map((p) => (log ? logSafe(p.citations) : p.citations));
  const lo = min(values) ?? 0;
  const hi = max(values) ?? 1;
  const generator = bin<number, number>();
  if (log) {
    const decades = Math.max(0.5, Math.log10(Math.max(2, hi) / Math.max(1, lo)));
    const perDecade = decades > 3 ? 5 : decades > 1.5 ? 10 : 20;
    const logged = logEdges(lo, hi, perDecade);
    generator.domain([logged[0]!, logged[logged.length - 1]!]).thresholds(logged.slice(1, -1));
  } else {
    const domain = scaleLinear()
      .domain([0, Math.max(1, hi)])
      .nice(target)
      .domain() as [number, number];
    generator.domain(domain).thresholds(target);
  }
  const bins = generator(values);
  const edges = [bins[0]?.x0 ?? 0, ...bins.map((b) => b.x1 ?? 0)];
  const total = Int32Array.from(bins, (b) => b.length);
  const binOf = new Int32Array(papers.length);
  const inner = edges.slice(1, -1);
  values.forEach((v, i) => (binOf[i] = bisectRight(inner, v)));
  return { edges, total, binOf, log };
}

/** Per-bin counts of the papers the mask lets through. */
export function countBins(h: Histogram, mask: Uint8Array): Int32Array {
  const counts = new Int32Array(h.total.length);
  for (let i = 0; i < h.binOf.length; i++) if (mask[i] === 1) counts[h.binOf[i]!]! += 1;
  return counts;
}

/** At most `n` points of a curve, evenly picked, first and last kept (a 100k-point path is slow). */
export function thin<T>(points: readonly T[], n: number): T[] {
  if (points.length <= n) return [...points];
  const step = (points.length - 1) / (n - 1);
  return Array.from({ length: n }, (_, i) => points[Math.round(i * step)]!);
}

/**
 * Citations of the papers a mask passes, ascending. Sorted once as a typed array: the stats
 * functions sort their input again, which is linear on sorted input (TimSort).
 */
export function sortedCitations(papers: readonly Paper[], mask: Uint8Array): number[] {
  const values = new Float64Array(papers.length);
  let n = 0;
  for (let i = 0; i < papers.length; i++) if (mask[i] === 1) values[n++] = papers[i]!.citations;
  return Array.from(values.subarray(0, n).sort());
}
