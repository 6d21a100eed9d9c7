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
  /** kNN among a subset of items (indices into the subset), for the landmark layout of large sets. */
  subsetNeighbours?: (subset: readonly number[]) => NeighbourLists;
  /** Above this many items UMAP runs on this many landmarks only (default 2000). */
  maxUmap?: number;
}

/**
 * 2-D positions in [-1, 1] on each axis, all distinct. UMAP (McInnes et al. 2018) runs on the
 * precomputed cosine kNN graph, so it never needs dense vectors; tiny sets use classical MDS.
 */
export function layoutPoints(
  n: number,
  knn: NeighbourLists,
  options: LayoutOptions = {},
): { x: number[]; y: number[] } {
  const seed = options.seed ?? 42;
  let xy: [number, number][];
  const maxUmap = options.maxUmap ?? 2000;
  if (n > maxUmap && options.subsetNeighbours) {
    xy = landmarkLayout(n, knn, seed, maxUmap, options.subsetNeighbours);
  } else if (n >= (options.minUmap ?? 15)) {
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
  const knnDistances = knn.scores.map((row) => [
    0,
    ...row.slice(0, nNeighbors - 1).map((s) => Math.max(0, 1 - s)),
  ]);
  const umap = new UMAP({
    nComponents: 2,
    nNeighbors,
    minDist: 0.1,
    // Fewer epochs above a few hundred points (UMAP's own default drops to 200 for large data):
    // the layout settles early, and epochs are most of the time at 1,000 points.
    nEpochs: n <= 500 ? 400 : 200,
    random: mulberry32(seed),
  });
  umap.setPrecomputedKNN(knnIndices, knnDistances);
  // X only sizes the problem once the kNN graph is given.
  const embedding = umap.fit(Array.from({ length: n }, () => [0]));
  return embedding.map((p) => [p[0] ?? 0, p[1] ?? 0]);
}

/**
 * UMAP on a seeded sample of landmarks, then every other point at the similarity-weighted mean of
 * its already placed kNN neighbours (a few passes), plus a small seeded offset. umap-js costs
 * ~5 s per 1,000 points here, so this keeps 10,000 papers well under a minute.
 */
function landmarkLayout(
  n: number,
  knn: NeighbourLists,
  seed: number,
  count: number,
  subsetNeighbours: (subset: readonly number[]) => NeighbourLists,
): [number, number][] {
  const rand = mulberry32(seed ^ 0x9e3779b9);
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const landmarks = order.slice(0, count).sort((a, b) => a - b);
  const sub = subsetNeighbours(landmarks);
  const placed = runUmap(landmarks.length, sub, seed);
  const xy: ([number, number] | null)[] = new Array(n).fill(null);
  landmarks.forEach((l, i) => (xy[l] = placed[i]!));
  let spread = 0;
  for (const p of placed) spread = Math.max(spread, Math.abs(p[0]), Math.abs(p[1]));
  const offset = 0.01 * (spread || 1);
  for (let pass = 0; pass < 6; pass++) {
    const next = xy.slice();
    for (let i = 0; i < n; i++) {
      if (xy[i]) continue;
      let wx = 0;
      let wy = 0;
      let w = 0;
      knn.indices[i]!.forEach((j, r) => {
        const p = xy[j];
        const s = knn.scores[i]![r]!;
        if (p && s > 0) [wx, wy, w] = [wx + s * p[0], wy + s * p[1], w + s];
      });
      if (w > 0) next[i] = [wx / w + offset * (rand() - 0.5), wy / w + offset * (rand() - 0.5)];
    }
    xy.splice(0, n, ...next);
  }
  // Points with no placed neighbour at all sit in a ring outside the map, like outliers should.
  return xy.map((p, i) => p ?? [spread * 1.1 * Math.cos(i), spread * 1.1 * Math.sin(i)]);
}

/** Classical MDS (Torgerson) on cosine similarity: top two eigenvectors of the centred Gram matrix. */
export function classicalMds(n: number, sim: (i: number, j: number) => number): [number, number][] {
  if (n === 0) return [];
  const B = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => sim(i, j)));
  const rowMean = B.map((r) => r.reduce((a, b) => a + b, 0) / n);
  const all = rowMean.reduce((a, b) => a + b, 0) / n;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) B[i]![j] = B[i]![j]! - rowMean[i]! - rowMean[j]! + all;
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
