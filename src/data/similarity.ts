import type { SparseVector } from './text/tfidf.ts';

/** k nearest neighbours of every item, most similar first. */
export interface NeighbourLists {
  indices: number[][];
  scores: number[][];
}

interface Postings {
  start: Int32Array;
  postDoc: Int32Array;
  postVal: Float64Array;
}

/** Postings in flat arrays (CSR), in document order: nothing for the collector to chase. */
function postings(vectors: readonly SparseVector[], dims: number): Postings {
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
  return { start, postDoc, postVal };
}

/**
 * Exact cosine k-nearest neighbours of l2-normalised sparse vectors through an inverted index:
 * a document only meets documents that share a term, so cost follows the overlap, not N². Each
 * pair is accumulated once. Ties go to the lower index, so float noise elsewhere cannot reorder.
 * (Finding candidates through selective terms only was tried: at 10,000 papers it missed 30-97% of
 * the true neighbours.)
 */
export function cosineNeighbours(
  vectors: readonly SparseVector[],
  dims: number,
  k: number,
): NeighbourLists {
  const n = vectors.length;
  const { start, postDoc, postVal } = postings(vectors, dims);
  const acc = new Float64Array(n);
  const touched = new Int32Array(n);
  // Each pair is scored once, from its lower index, and offered to both lists: half the work.
  // Postings are in document order, so a cursor per term marks where the later documents begin.
  const cursor = start.slice(0, dims);
  const topI = Array.from({ length: n }, () => new Int32Array(k));
  const topS = Array.from({ length: n }, () => new Float64Array(k));
  const size = new Int32Array(n);
  const offer = (d: number, o: number, s: number) =>
    (size[d] = insert(topI[d]!, topS[d]!, size[d]!, k, o, s));
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

/** Inserts (o, s) into a best-first list of at most `cap` entries holding `size`; returns the new size. */
function insert(
  I: Int32Array,
  S: Float64Array,
  size: number,
  cap: number,
  o: number,
  s: number,
): number {
  if (size === cap && !better(s, o, S[cap - 1]!, I[cap - 1]!)) return size;
  let pos = size === cap ? cap - 1 : size++;
  while (pos > 0 && better(s, o, S[pos - 1]!, I[pos - 1]!)) {
    I[pos] = I[pos - 1]!;
    S[pos] = S[pos - 1]!;
    pos--;
  }
  I[pos] = o;
  S[pos] = s;
  return size;
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
