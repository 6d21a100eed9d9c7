import { UMAP } from 'umap-js';
import { mulberry32, round } from './random.ts';
import type { NeighbourLists } from './similarity.ts';

/** Options of {@link layoutPoints}. */
export interface LayoutOptions {
  seed?: number;
  /** Below this many items, classical MDS replaces UMAP (default 15). */
  minUmap?: number;
  /** Cosine similarity of pairs, needed only for the MDS fallback. */
  similarity?: (i: number, j: number) => number;
}

/**
 * 2-D positions in [-1, 1] on each axis, all distinct. UMAP (McInnes et al. 2018) runs on the
 * precomputed cosine kNN graph, so it never needs dense vectors; tiny sets use classical MDS.
 */
export function layoutPoints(n: number, knn: NeighbourLists, options: LayoutOptions = {}): { x: number[]; y: number[] } {
  const seed = options.seed ?? 42;
  let xy: [number, number][];
  if (n >= (options.minUmap ?? 15)) {
    xy = runUmap(n, knn, seed);
  } else {
    xy = classicalMds(n, options.similarity ?? ((i, j) => (i === j ? 1 : 0)));
  }
  return normalise(xy);
}

function runUmap(n: number, knn: NeighbourLists, seed: number): [number, number][] {
  const nNeighbors = Math.min(15, n - 1, (knn.indices[0]?.length ?? 0) + 1);
  // UMAP expects each point to be its own first neighbour at distance 0.
  const knnIndices = knn.indices.map((row, i) => [i, ...row.slice(0, nNeighbors - 1)]);
  const knnDistances = knn.scores.map((row) => [0, ...row.slice(0, nNeighbors - 1).map((s) => Math.max(0, 1 - s))]);
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors,
    minDist: 0.1,
    // Fewer epochs at large N keep 10k points under a minute; the layout settles early anyway.
    nEpochs: n <= 2000 ? 400 : n <= 5000 ? 200 : 120,
    random: mulberry32(seed),
  });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  // X only sizes the problem once the kNN graph is given.
  const embedding = umap.fit(Array.from({ length: n }, () => [0]));
  return embedding.map((p) => [p[0] ?? 0, p[1] ?? 0]);
}

/** Classical MDS (Torgerson) on cosine similarity: top two eigenvectors of the centred Gram matrix. */
export function classicalMds(n: number, sim: (i: number, j: number) => number): [number, number][] {
  if (n === 0) return [];
  const B = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => sim(i, j)));
  const rowMean = B.map((r) => r.reduce((a, b) => a + b, 0) / n);
  const all = rowMean.reduce((a, b) => a + b, 0) / n;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) B[i]![j] = B[i]![j]! - rowMean[i]! - rowMean[j]! + all;
  const axes: number[][] = [];
  for (let c = 0; c < 2; c++) {
    // Deterministic start, not all-ones (which is in the null space after centring).
    let v = Array.from({ length: n }, (_, i) => Math.sin(i + 1 + c * 7));
    let lambda = 0;
    for (let it = 0; it < 200; it++) {
      const w = B.map((row) => row.reduce((a, b, j) => a + b * v[j]!, 0));
      for (const prev of axes) {
        const d = w.reduce((a, b, j) => a + b * prev[j]!, 0);
        for (let j = 0; j < n; j++) w[j] = w[j]! - d * prev[j]!;
      }
      const norm = Math.hypot(...w);
      if (norm < 1e-12) break;
      lambda = norm;
      v = w.map((x) => x / norm);
    }
    axes.push(v.map((x) => x * Math.sqrt(lambda)));
  }
  // Points MDS cannot separate (identical texts) are spread on a small circle.
  return Array.from({ length: n }, (_, i) => {
    const a = (2 * Math.PI * i) / n;
    return [axes[0]![i]! + 1e-3 * Math.cos(a), axes[1]![i]! + 1e-3 * Math.sin(a)];
  });
}

/** Scales each axis to [-1, 1], rounds to 5 decimals and nudges coincident points apart. */
export function normalise(xy: readonly [number, number][]): { x: number[]; y: number[] } {
  const scale = (vals: number[]) => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const v of vals) {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    return vals.map((v) => (hi > lo ? round(((v - lo) / (hi - lo)) * 2 - 1, 5) : 0));
  };
  const x = scale(xy.map((p) => (Number.isFinite(p[0]) ? p[0] : 0)));
  const y = scale(xy.map((p) => (Number.isFinite(p[1]) ? p[1] : 0)));
  const taken = new Set<string>();
  for (let i = 0; i < x.length; i++) {
    let step = 0;
    while (taken.has(`${x[i]},${y[i]}`)) {
      step++;
      // Move towards the centre along a golden-angle spiral, so the point stays inside [-1, 1].
      const a = step * 2.399963;
      x[i] = round(x[i]! * 0.999 + 1e-4 * step * Math.cos(a), 5);
      y[i] = round(y[i]! * 0.999 + 1e-4 * step * Math.sin(a), 5);
    }
    taken.add(`${x[i]},${y[i]}`);
  }
  return { x, y };
}
