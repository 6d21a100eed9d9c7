import type { SparseVector } from './text/tfidf.ts';

/** k nearest neighbours of every item, most similar first. */
export interface NeighbourLists {
  indices: number[][];
  scores: number[][];
}

/**
 * Exact cosine k-nearest neighbours of l2-normalised sparse vectors through an inverted index:
 * a document only meets documents that share a term, so cost follows the overlap, not N².
 * Ties are broken by the lower index so the result does not depend on float noise elsewhere.
 */
export function cosineNeighbours(vectors: readonly SparseVector[], dims: number, k: number): NeighbourLists {
  const n = vectors.length;
  const postingDocs: number[][] = Array.from({ length: dims }, () => []);
  const postingVals: number[][] = Array.from({ length: dims }, () => []);
  vectors.forEach((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      postingDocs[v.ids[i]!]!.push(d);
      postingVals[v.ids[i]!]!.push(v.values[i]!);
    }
  });
  const acc = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched: number[] = [];
  const indices: number[][] = [];
  const scores: number[][] = [];
  for (let d = 0; d < n; d++) {
    const v = vectors[d]!;
    for (let i = 0; i < v.ids.length; i++) {
      const docs = postingDocs[v.ids[i]!]!;
      const vals = postingVals[v.ids[i]!]!;
      const w = v.values[i]!;
      for (let p = 0; p < docs.length; p++) {
        const o = docs[p]!;
        if (!seen[o]) {
          seen[o] = 1;
          touched.push(o);
        }
        acc[o]! += w * vals[p]!;
      }
    }
    const topI: number[] = [];
    const topS: number[] = [];
    for (const o of touched) {
      const s = acc[o]!;
      acc[o] = 0;
      seen[o] = 0;
      if (o === d || s <= 1e-12) continue;
      if (topI.length === k && !better(s, o, topS[k - 1]!, topI[k - 1]!)) continue;
      let pos = topI.length === k ? k - 1 : topI.length;
      while (pos > 0 && better(s, o, topS[pos - 1]!, topI[pos - 1]!)) {
        topI[pos] = topI[pos - 1]!;
        topS[pos] = topS[pos - 1]!;
        pos--;
      }
      topI[pos] = o;
      topS[pos] = s;
    }
    touched.length = 0;
    indices.push(topI);
    scores.push(topS);
  }
  return { indices, scores };
}

function better(s: number, i: number, s2: number, i2: number): boolean {
  return s > s2 || (s === s2 && i < i2);
}

/** Pads each list to k entries with zero-similarity items (lowest index first), for kNN graphs. */
export function padNeighbours(lists: NeighbourLists, n: number, k: number): NeighbourLists {
  const indices: number[][] = [];
  const scores: number[][] = [];
  lists.indices.forEach((idx, d) => {
    const I = idx.slice(0, k);
    const S = lists.scores[d]!.slice(0, k);
    const have = new Set(I);
    for (let o = 0; o < n && I.length < k; o++) {
      if (o !== d && !have.has(o)) {
        I.push(o);
        S.push(0);
      }
    }
    indices.push(I);
    scores.push(S);
  });
  return { indices, scores };
}
