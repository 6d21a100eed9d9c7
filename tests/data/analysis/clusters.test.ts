import { describe, expect, it } from 'vitest';
import { classTfidf, topTerms } from '../../../src/data/clusters/ctfidf.ts';
import { clusterKnnGraph } from '../../../src/data/clusters/louvain.ts';
import { mulberry32 } from '../../../src/data/random.ts';
import { cosineNeighbours } from '../../../src/data/similarity.ts';
import { buildTfidf } from '../../../src/data/text/tfidf.ts';
import { tokenize } from '../../../src/data/text/tokenize.ts';

/** Adjusted Rand index (Hubert & Arabie 1985): 1 for identical partitions, about 0 for chance. */
function adjustedRand(a: readonly number[], b: readonly number[]): number {
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const ra = new Map<number, number>();
  const rb = new Map<number, number>();
  a.forEach((x, i) => {
    const y = b[i]!;
    table.set(`${x},${y}`, (table.get(`${x},${y}`) ?? 0) + 1);
    ra.set(x, (ra.get(x) ?? 0) + 1);
    rb.set(y, (rb.get(y) ?? 0) + 1);
  });
  const index = [...table.values()].reduce((s, v) => s + c2(v), 0);
  const sa = [...ra.values()].reduce((s, v) => s + c2(v), 0);
  const sb = [...rb.values()].reduce((s, v) => s + c2(v), 0);
  const expected = (sa * sb) / c2(a.length);
  return (index - expected) / ((sa + sb) / 2 - expected);
}

const TOPICS = [
  'protein folding enzyme molecule binding receptor ligand assay',
  'football league goal striker referee stadium transfer season',
  'volcano eruption magma lava seismic crater ash tectonic',
  'violin orchestra symphony concerto conductor melody rehearsal opera',
  'compiler parser bytecode register optimiser linker assembler syntax',
];
const FILLER = 'people often report that things happen during time in many places with results';

/** Documents drawn from planted topics, plus shared filler words. */
function plantedCorpus(perTopic: number, seed: number): { texts: string[]; truth: number[] } {
  const rand = mulberry32(seed);
  const texts: string[] = [];
  const truth: number[] = [];
  TOPICS.forEach((topic, t) => {
    const words = topic.split(' ');
    const filler = FILLER.split(' ');
    for (let d = 0; d < perTopic; d++) {
      const doc = Array.from({ length: 12 }, () => words[Math.floor(rand() * words.length)]!);
      doc.push(...Array.from({ length: 8 }, () => filler[Math.floor(rand() * filler.length)]!));
      texts.push(doc.join(' '));
      truth.push(t);
    }
  });
  return { texts, truth };
}

describe('classTfidf(counts, labels, k) and topTerms', () => {
  it('weighs tf within the class by log(1 + A / f(t)) (Grootendorst 2022)', () => {
    // Class 0: a×2, b×1; class 1: b×1, c×1. A = 2.5; f(a)=2, f(b)=2, f(c)=1.
    const counts = [
      new Map([
        [0, 2],
        [1, 1],
      ]),
      new Map([
        [1, 1],
        [2, 1],
      ]),
    ];
    const w = classTfidf(counts, [0, 1], 2);
    expect(w[0]!.get(0)).toBeCloseTo((2 / 3) * Math.log(1 + 2.5 / 2), 12);
    expect(w[1]!.get(2)).toBeCloseTo((1 / 2) * Math.log(1 + 2.5 / 1), 12);
    expect(topTerms(w[1]!, ['a', 'b', 'c'], 2)).toEqual([2, 1]);
  });

  it('skips a term whose words are already in a chosen term', () => {
    const w = new Map([
      [0, 3],
      [1, 2],
      [2, 1],
    ]);
    expect(topTerms(w, ['grpo', 'grpo train', 'math'], 2)).toEqual([0, 2]);
  });
});

describe('clusterKnnGraph(knn) on a planted-topics corpus', () => {
  it('recovers the planted topics (adjusted Rand index > 0.9)', () => {
    const { texts, truth } = plantedCorpus(20, 7);
    const tfidf = buildTfidf(texts.map((t) => tokenize(t)));
    const knn = cosineNeighbours(tfidf.vectors, tfidf.terms.length, 10);
    const labels = clusterKnnGraph(knn, { seed: 1 });
    expect(adjustedRand(labels, truth)).toBeGreaterThan(0.9);
  });

  it("leaves excluded items out of community detection, then puts each in its neighbours' cluster", () => {
    const { texts, truth } = plantedCorpus(20, 7);
    // Three off-topic documents that share words only with each other (and a little filler).
    texts.push(
      'medieval castle knight siege moat',
      'castle knight tournament banner moat',
      'siege banner knight castle armour',
    );
    const tfidf = buildTfidf(texts.map((t) => tokenize(t)));
    const knn = cosineNeighbours(tfidf.vectors, tfidf.terms.length, 10);
    const n = texts.length;
    const together = clusterKnnGraph(knn, { seed: 1, minSize: 3 });
    // Left in, the three form a cluster of their own.
    expect(new Set(together.slice(n - 3)).size).toBe(1);
    expect(together.filter((l) => l === together[n - 1]).length).toBe(3);
    const exclude = texts.map((_, i) => i >= n - 3);
    const labels = clusterKnnGraph(knn, { seed: 1, minSize: 3, exclude });
    for (let i = n - 3; i < n; i++)
      expect(labels.filter((l, j) => l === labels[i] && !exclude[j]).length).toBeGreaterThan(0);
    expect(adjustedRand(labels.slice(0, n - 3), truth)).toBeGreaterThan(0.9);
  });
});
