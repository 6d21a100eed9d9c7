import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { mulberry32 } from '../random.ts';
import type { NeighbourLists } from '../similarity.ts';

/** Options of {@link clusterKnnGraph}. */
export interface ClusterOptions {
  seed?: number;
  minClusters?: number;
  maxClusters?: number;
  /** Clusters smaller than this are dissolved into their best-connected neighbour cluster. */
  minSize?: number;
  /**
   * Items that take no part in forming communities (outliers: a few foreign papers would otherwise
   * make a "cluster" of their own). Each then joins the cluster of its most similar neighbours.
   */
  exclude?: readonly boolean[];
}

const RESOLUTIONS = [1, 0.8, 1.2, 0.6, 1.5, 0.5, 2, 0.4, 2.5, 0.3, 3];

/** Cluster-count bounds used by default: for 100 papers, 5 to 12. */
export function defaultClusterBounds(n: number): {
  minClusters: number;
  maxClusters: number;
  minSize: number;
} {
  const minClusters = Math.max(1, Math.min(20, Math.round(Math.sqrt(n) / 2)));
  const maxClusters = Math.max(minClusters, Math.min(40, Math.round(Math.sqrt(n) * 1.2)));
  const minSize = n < 10 ? 1 : Math.max(2, Math.min(50, Math.round(n * 0.03)));
  return { minClusters, maxClusters, minSize };
}

/**
 * Louvain communities (Blondel et al. 2008) of the symmetrised cosine kNN graph. The resolution is
 * tried along a fixed ladder; the one whose number of clusters (after merging tiny ones) lies within
 * bounds and nearest their middle wins. Returns cluster ids 0..k-1 ordered by size (desc), then by lowest member index.
 */
export function clusterKnnGraph(knn: NeighbourLists, options: ClusterOptions = {}): number[] {
  const n = knn.indices.length;
  if (n === 0) return [];
  const bounds = defaultClusterBounds(n);
  const minK = options.minClusters ?? bounds.minClusters;
  const maxK = options.maxClusters ?? bounds.maxClusters;
  const minSize = options.minSize ?? bounds.minSize;
  // With half or more excluded there is too little left to form communities from.
  const exclude =
    (options.exclude ?? []).filter(Boolean).length < n / 2 ? (options.exclude ?? []) : [];
  const skip = (i: number) => exclude[i] === true;
  const graph = new Graph({ type: 'undirected' });
  for (let i = 0; i < n; i++) graph.addNode(String(i));
  knn.indices.forEach((row, i) =>
    row.forEach((j, r) => {
      const w = knn.scores[i]![r]!;
      if (w <= 0 || i === j || skip(i) || skip(j)) return;
      const [a, b] = i < j ? [String(i), String(j)] : [String(j), String(i)];
      if (graph.hasEdge(a, b))
        graph.setEdgeAttribute(
          a,
          b,
          'weight',
          Math.max(w, graph.getEdgeAttribute(a, b, 'weight') as number),
        );
      else graph.addEdge(a, b, { weight: w });
    }),
  );
  // Aim for the middle of the range: fine enough to separate topics, coarse enough to read.
  const target = Math.round((minK + maxK) / 2);
  let best: number[] = [];
  let bestCost = Infinity;
  for (const resolution of RESOLUTIONS) {
    const communities = louvain(graph, {
      resolution,
      rng: mulberry32(options.seed ?? 42),
      getEdgeWeight: 'weight',
    });
    const labels = joinNearest(
      mergeSmall(
        Array.from({ length: n }, (_, i) => (skip(i) ? -1 : (communities[String(i)] ?? 0))),
        graph,
        minSize,
      ),
      knn,
    );
    const k = new Set(labels).size;
    const gap = k < minK ? minK - k : k > maxK ? k - maxK : 0;
    const cost = gap * 1000 + Math.abs(k - target);
    if (cost < bestCost) [best, bestCost] = [labels, cost];
    if (cost === 0) break;
  }
  return relabelBySize(best);
}

/** Moves members of clusters below minSize to the cluster they share most edge weight with (-1: excluded, left alone). */
function mergeSmall(labels: number[], graph: Graph, minSize: number): number[] {
  const out = labels.slice();
  for (let pass = 0; pass < 3; pass++) {
    const size = new Map<number, number>();
    for (const l of out) if (l >= 0) size.set(l, (size.get(l) ?? 0) + 1);
    if (size.size === 0) break;
    const largest = [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    let moved = false;
    out.forEach((l, i) => {
      if (l < 0 || size.get(l)! >= minSize) return;
      const pull = new Map<number, number>();
      graph.forEachNeighbor(String(i), (nb, attrs) => {
        void attrs;
        const c = out[Number(nb)]!;
        if (size.get(c)! >= minSize)
          pull.set(
            c,
            (pull.get(c) ?? 0) + (graph.getEdgeAttribute(String(i), nb, 'weight') as number),
          );
      });
      const target = [...pull].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? largest;
      if (target !== l) {
        out[i] = target;
        moved = true;
      }
    });
    if (!moved) break;
  }
  return out;
}

/** Gives each excluded item (-1) the cluster holding most of its neighbours' similarity. */
function joinNearest(labels: number[], knn: NeighbourLists): number[] {
  const size = new Map<number, number>();
  for (const l of labels) if (l >= 0) size.set(l, (size.get(l) ?? 0) + 1);
  const largest = [...size].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  return labels.map((l, i) => {
    if (l >= 0) return l;
    const pull = new Map<number, number>();
    knn.indices[i]!.forEach((j, r) => {
      const c = labels[j]!;
      if (c >= 0 && knn.scores[i]![r]! > 0) pull.set(c, (pull.get(c) ?? 0) + knn.scores[i]![r]!);
    });
    return [...pull].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? largest;
  });
}

function relabelBySize(labels: readonly number[]): number[] {
  const info = new Map<number, { size: number; first: number }>();
  labels.forEach((l, i) => {
    const e = info.get(l);
    if (e) e.size++;
    else info.set(l, { size: 1, first: i });
  });
  const order = [...info]
    .sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first)
    .map(([l]) => l);
  const newId = new Map(order.map((l, i) => [l, i]));
  return labels.map((l) => newId.get(l)!);
}
