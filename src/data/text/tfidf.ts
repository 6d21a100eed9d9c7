import type { Token } from './tokenize.ts';

/** A sparse, l2-normalised document vector: term ids ascending, with their weights. */
export interface SparseVector {
  ids: Int32Array;
  values: Float64Array;
}

/** Options of {@link buildTfidf}. */
export interface TfidfOptions {
  /** Terms in fewer documents are dropped (default 2, or 1 for corpora under 10 documents). */
  minDf?: number;
  /** Terms in more than this share of documents are corpus stop words (default 0.5). */
  maxDfRatio?: number;
}

/** Result of {@link buildTfidf}. */
export interface TfidfResult {
  /** Stemmed keys of the kept terms, by id. */
  terms: string[];
  /** Most frequent surface form of each kept term. */
  surfaces: string[];
  /** Document frequency of each kept term. */
  df: Int32Array;
  idf: Float64Array;
  vectors: SparseVector[];
  /** Raw term counts per document over the kept terms (for c-TF-IDF). */
  counts: Map<number, number>[];
  /** Keys dropped as corpus stop words (too common). */
  corpusStopWords: string[];
}

/** Picks the most frequent surface per key; ties go to the alphabetically first, for determinism. */
export function surfaceForms(docs: readonly (readonly Token[])[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const t of doc) {
      let m = counts.get(t.key);
      if (!m) counts.set(t.key, (m = new Map()));
      m.set(t.surface, (m.get(t.surface) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [key, m] of counts) {
    let best = '';
    let bestN = -1;
    for (const [s, n] of m) if (n > bestN || (n === bestN && s < best)) [best, bestN] = [s, n];
    out.set(key, best);
  }
  return out;
}

/**
 * TF-IDF with sublinear tf (1 + ln tf), smoothed idf ln((1 + N) / (1 + df)) + 1 and l2
 * normalisation, as scikit-learn's TfidfVectorizer(sublinear_tf=True) computes it.
 */
export function buildTfidf(
  docs: readonly (readonly Token[])[],
  options: TfidfOptions = {},
): TfidfResult {
  const n = docs.length;
  const minDf = options.minDf ?? (n < 10 ? 1 : 2);
  const maxDf = Math.max(1, Math.floor((options.maxDfRatio ?? 0.5) * n));
  const dfByKey = new Map<string, number>();
  for (const doc of docs)
    for (const key of new Set(doc.map((t) => t.key))) dfByKey.set(key, (dfByKey.get(key) ?? 0) + 1);
  const surfaces = surfaceForms(docs);
  // Sorted keys give ids that do not depend on document order.
  const kept = [...dfByKey.keys()].filter((k) => {
    const df = dfByKey.get(k)!;
    return df >= minDf && (df <= maxDf || n < 3);
  });
  kept.sort();
  const corpusStopWords = [...dfByKey.keys()]
    .filter((k) => dfByKey.get(k)! > maxDf && n >= 3)
    .sort();
  const idOf = new Map(kept.map((k, i) => [k, i]));
  const df = Int32Array.from(kept, (k) => dfByKey.get(k)!);
  const idf = Float64Array.from(df, (d) => Math.log((1 + n) / (1 + d)) + 1);
  const counts: Map<number, number>[] = [];
  const vectors = docs.map((doc) => {
    const c = new Map<number, number>();
    for (const t of doc) {
      const id = idOf.get(t.key);
      if (id !== undefined) c.set(id, (c.get(id) ?? 0) + 1);
    }
    counts.push(c);
    const ids = Int32Array.from([...c.keys()].sort((a, b) => a - b));
    const values = Float64Array.from(ids, (id) => (1 + Math.log(c.get(id)!)) * idf[id]!);
    let norm = 0;
    for (const v of values) norm += v * v;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < values.length; i++) values[i]! /= norm;
    return { ids, values };
  });
  return {
    terms: kept,
    surfaces: kept.map((k) => surfaces.get(k) ?? k),
    df,
    idf,
    vectors,
    counts,
    corpusStopWords,
  };
}

/** Dot product of two sparse vectors (cosine similarity when both are l2-normalised). */
export function sparseDot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.values[i++]! * b.values[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}
