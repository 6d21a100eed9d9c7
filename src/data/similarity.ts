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
  // Postings in one flat array per field (CSR): no per-term arrays for the collector to chase.
  const start = new Int32Array(dims + 1);
  for (const v of vectors) for (let i = 0; i < v.ids.length; i++) start[v.ids[i]! + 1]!++;
  for (let t = 0; t < dims; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, dims);
  const postDoc = new Int32Array(start[dims]!);
  const postVal = new Float64Array(start[dims]!);
  vectors.forEach((v, d) => {
    for (let i = 0; i < v.ids.length; i++) {
      const at = fill[v.ids[i]!]!++;
      postDoc[at] = d;
      postVal[at] = v.values[i]!;
    }
  });
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  // Each pair is scored once, from its lower index, and offered to both lists: half the work.
  // Postings are in document order, so a cursor per term marks where the later documents begin.
  const cursor = start.slice(0, dims);
  const topI = Array.from({ length: n }, () => new Int32Array(k));
  const topS = Array.from({ length: n }, () => new Float64Array(k));
  const size = new Int32Array(n);
  const offer = (d: number, o: number, s: number) => {
    const I = topI[d]!;
    const S = topS[d]!;
    const m = size[d]!;
    if (m === k && !better(s, o, S[k - 1]!, I[k - 1]!)) return;
    let pos = m === k ? k - 1 : (size[d] = m + 1) - 1;
    while (pos > 0 && better(s, o, S[pos - 1]!, I[pos - 1]!)) {
      I[pos] = I[pos - 1]!;
      S[pos] = S[pos - 1]!;
      pos--;
    }
    I[pos] = o;
    S[pos] = s;
  };
  for (let d = 0; d < n; d++) {
    const v = vectors[d]!;
    let count = 0;
    for (let i = 0; i < v.ids.length; i++) {
      const t = v.ids[i]!;
      const w = v.values[i]!;
      // The cursor is at d's own posting; later documents follow it.
      const from = ++cursor[t]!;
      for (let p = from, end = start[t + 1]!; p < end; p++) {
        const o = postDoc[p]!;
        // A document's score is 0 until it is first met (weights are positive), so 0 marks "new".
        if (acc[o] === 0) touched[count++] = o;
        acc[o]! += w * postVal[p]!;
      }
    }
    for (let c = 0; c < count; c++) {
      const o = touched[c]!;
      const s = acc[o]!;
      acc[o] = 0;
      if (s <= 1e-12 || k === 0) continue;
      offer(d, o, s);
      offer(o, d, s);
    }
  }
  const indices = topI.map((I, d) => Array.from(I.subarray(0, size[d])));
  const scores = topS.map((S, d) => Array.from(S.subarray(0, size[d])));
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
