import type { ClusterSummary, Paper, ProgressCallback, ThemeSummary } from './types.ts';
import { classTfidf, topTerms } from './clusters/ctfidf.ts';
import { clusterKnnGraph } from './clusters/louvain.ts';
import { layoutPoints } from './layout.ts';
import { findOutliers } from './outliers.ts';
import { round } from './random.ts';
import { cosineNeighbours, padNeighbours } from './similarity.ts';
import { buildTfidf, sparseDot, type SparseVector } from './text/tfidf.ts';
import { topicTerms, contentWords } from './text/topic-terms.ts';
import { cleanText, scanWords, tokensOfWords } from './text/tokenize.ts';
import { paperYear } from './text/years.ts';
import { DEFAULT_TAXONOMY } from './themes/default-taxonomy.ts';
import { assignThemesToWords, compileTaxonomy, type ScannedText } from './themes/assign.ts';
import { parseTaxonomy, type ThemeTaxonomy } from './themes/taxonomy.ts';

/** Options of {@link runPipeline}. */
export interface PipelineOptions {
  seed?: number;
  onProgress?: ProgressCallback;
  /** Defaults to data/themes.json; validated again here, since users edit it. */
  taxonomy?: ThemeTaxonomy;
}

/** Papers with analysis fields filled in, plus theme and cluster summaries. */
export interface PipelineResult {
  papers: Paper[];
  themes: ThemeSummary[];
  clusters: ClusterSummary[];
}

const SIMILAR = 5;

/**
 * The whole analysis: tokens, themes, TF-IDF vectors, similar papers, a 2-D layout in [-1, 1],
 * Louvain clusters labelled by c-TF-IDF, and outliers. Pure and synchronous; same input and seed
 * give byte-identical JSON.
 */
export function runPipeline(
  papers: readonly Paper[],
  options: PipelineOptions = {},
): PipelineResult {
  const seed = options.seed ?? 42;
  const progress = options.onProgress ?? (() => {});
  const taxonomy = options.taxonomy ? parseTaxonomy(options.taxonomy) : DEFAULT_TAXONOMY;
  const n = papers.length;

  progress('tokenising', 0);
  // Each text is cleaned and split into words once; tokens and theme rules both read the words.
  const scanned = papers.map((p) => [scan(p.title), scan(p.abstract)] as const);
  const tokens = scanned.map(([title, abstract]) => {
    const t = tokensOfWords(title.words);
    // The title is repeated so it weighs more than any one sentence of the abstract.
    return [...t, ...t, ...tokensOfWords(abstract.words)];
  });
  progress('tokenising', 1);

  progress('themes', 0);
  const compiled = compileTaxonomy(taxonomy);
  const themes = scanned.map(([title, abstract]) =>
    assignThemesToWords(title, abstract, compiled, taxonomy.titleMultiplier),
  );
  progress('themes', 1);

  progress('vectors', 0);
  const tfidf = buildTfidf(tokens);
  progress('vectors', 1);

  progress('similar', 0);
  const k = Math.max(SIMILAR, Math.min(15, n - 1));
  const knn = cosineNeighbours(tfidf.vectors, tfidf.terms.length, k);
  progress('similar', 1);

  progress('layout', 0);
  const padded = padNeighbours(knn, n, Math.min(k, n - 1));
  const { x, y } = layoutPoints(n, padded, {
    seed,
    similarity: (i, j) => (i === j ? 1 : sparseDot(tfidf.vectors[i]!, tfidf.vectors[j]!)),
    subsetNeighbours: (subset) => {
      const m = Math.min(15, subset.length - 1);
      return padNeighbours(
        cosineNeighbours(
          subset.map((i) => tfidf.vectors[i]!),
          tfidf.terms.length,
          m,
        ),
        subset.length,
        m,
      );
    },
  });
  progress('layout', 1);

  progress('clusters', 0);
  // Outliers are found first so they can sit out community detection (a few foreign papers would
  // otherwise form a "cluster" of their own); stage names keep their order for progress bars.
  // The collection's common words (dropped from the main vectors) are what outliers lack, so the
  // centroid is taken on a vocabulary that keeps them.
  const full = buildTfidf(tokens, { maxDfRatio: 1 });
  const topic = topicTerms(
    scanned.map(([title, abstract]) => contentWords([...title.words, ...abstract.words])),
  );
  const labelOf = new Map(topic.terms.map((t, j) => [t, topic.labels[j]!]));
  const reasons = findOutliers({
    centroid: centroidSimilarity(full.vectors),
    neighbours: knn.scores.map((s) => s.slice(0, SIMILAR).reduce((a, b) => a + b, 0) / SIMILAR),
    years: papers.map((p) => paperYear(p.title, p.abstract, p.year)),
    topic: { labels: topic.labels, used: topic.used.map((u) => u.map((t) => labelOf.get(t)!)) },
  });
  // The graph uses fewer neighbours than UMAP: communities are sharper on a sparser graph.
  const graphK = Math.min(10, k);
  const labels = clusterKnnGraph(
    {
      indices: knn.indices.map((r) => r.slice(0, graphK)),
      scores: knn.scores.map((r) => r.slice(0, graphK)),
    },
    { seed, exclude: reasons.map((r) => r !== null) },
  );
  const clusters = summariseClusters(
    labels,
    tfidf.vectors,
    tfidf.counts,
    tfidf.terms,
    tfidf.surfaces,
    papers,
  );
  progress('clusters', 1);

  progress('outliers', 0);
  progress('outliers', 1);

  const out = papers.map((p, i): Paper => {
    const a = themes[i]!;
    const copy: Paper = {
      ...p,
      themes: a.themes,
      themeEvidence: a.evidence,
      cluster: labels[i]!,
      x: x[i]!,
      y: y[i]!,
      similar: knn.indices[i]!.slice(0, SIMILAR).map((j) => papers[j]!.id),
      similarScores: knn.scores[i]!.slice(0, SIMILAR).map((s) => round(s, 4)),
      outlier: reasons[i] !== null,
    };
    if (reasons[i]) copy.outlierReason = reasons[i]!;
    else delete copy.outlierReason;
    return copy;
  });
  const themeSummaries = taxonomy.themes.map((t) => ({
    id: t.id,
    label: t.label,
    description: t.description,
    count: out.filter((p) => p.themes!.includes(t.id)).length,
  }));
  return { papers: out, themes: themeSummaries, clusters };
}

function scan(raw: string): ScannedText {
  const text = cleanText(raw);
  return { text, words: scanWords(text) };
}

/** Cosine of each vector to the sum of all the *other* vectors (its own words do not count). */
function centroidSimilarity(vectors: readonly SparseVector[]): number[] {
  const sum = new Map<number, number>();
  for (const v of vectors) v.ids.forEach((t, j) => sum.set(t, (sum.get(t) ?? 0) + v.values[j]!));
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  return vectors.map((v) => {
    // |S - v|² = |S|² - 2 S·v + |v|², with |v| = 1.
    let dot = 0;
    v.ids.forEach((t, j) => (dot += v.values[j]! * sum.get(t)!));
    const rest = Math.sqrt(Math.max(norm - 2 * dot + 1, 0)) || 1;
    return (dot - 1) / rest;
  });
}

function summariseClusters(
  labels: readonly number[],
  vectors: readonly SparseVector[],
  counts: readonly Map<number, number>[],
  keys: readonly string[],
  surfaces: readonly string[],
  papers: readonly Paper[],
): ClusterSummary[] {
  const k = labels.length ? Math.max(...labels) + 1 : 0;
  const weights = classTfidf(counts, labels, k);
  return Array.from({ length: k }, (_, c) => {
    const members = labels.flatMap((l, i) => (l === c ? [i] : []));
    const terms = topTerms(weights[c]!, keys, 3).map((t) => surfaces[t]!);
    // Representative: highest cosine to the (unnormalised) centroid; the first member wins ties.
    const centroid = new Map<number, number>();
    for (const i of members)
      vectors[i]!.ids.forEach((t, j) =>
        centroid.set(t, (centroid.get(t) ?? 0) + vectors[i]!.values[j]!),
      );
    let rep = members[0]!;
    let best = -Infinity;
    for (const i of members) {
      const v = vectors[i]!;
      let s = 0;
      v.ids.forEach((t, j) => (s += v.values[j]! * (centroid.get(t) ?? 0)));
      if (s > best + 1e-12) [rep, best] = [i, s];
    }
    return {
      id: c,
      label: terms.join(' · ') || `cluster ${c + 1}`,
      terms,
      size: members.length,
      representative: papers[rep]!.id,
    };
  });
}
