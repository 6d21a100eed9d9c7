import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../../src/data/pipeline.ts';
import type { Paper } from '../../../src/data/types.ts';
import { seedPapers } from './seed-papers.ts';

const VOCAB =
  'alpha beta gamma delta model graph token vision agent reward search survey attention memory proof robot'.split(
    ' ',
  );

const paper = (i: number, title: string, abstract: string): Paper => ({
  id: `p${i}`,
  rank: i + 1,
  title,
  citations: 100 - i,
  abstract,
  github: null,
  urls: [],
});

const corpus = fc
  .array(
    fc.tuple(
      fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 4 }),
      fc.array(fc.constantFrom(...VOCAB), { minLength: 0, maxLength: 30 }),
    ),
    {
      minLength: 1,
      maxLength: 24,
    },
  )
  .map((docs) => docs.map(([t, a], i) => paper(i, t.join(' '), a.join(' '))));

describe('runPipeline(papers, { seed })', () => {
  it('gives byte-identical output for the same input and seed', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 0, max: 1000 }), (papers, seed) => {
        expect(JSON.stringify(runPipeline(papers, { seed }))).toBe(
          JSON.stringify(runPipeline(papers, { seed })),
        );
      }),
      { numRuns: 8, seed: 11 },
    );
  });

  it('places every paper at a finite, distinct point in [-1, 1], in a cluster, never similar to itself', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 0, max: 1000 }), (papers, seed) => {
        const r = runPipeline(papers, { seed });
        const points = new Set(r.papers.map((p) => `${p.x},${p.y}`));
        expect(points.size).toBe(papers.length);
        for (const p of r.papers) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
          expect(Math.abs(p.x!)).toBeLessThanOrEqual(1);
          expect(Math.abs(p.y!)).toBeLessThanOrEqual(1);
          expect(p.cluster).toBeGreaterThanOrEqual(0);
          expect(p.cluster).toBeLessThan(r.clusters.length);
          expect(p.similar).not.toContain(p.id);
          expect(p.similar!.length).toBe(p.similarScores!.length);
        }
        expect(r.clusters.reduce((s, c) => s + c.size, 0)).toBe(papers.length);
      }),
      { numRuns: 12, seed: 5 },
    );
  });

  it('reports progress through every stage', () => {
    const stages: string[] = [];
    runPipeline([paper(0, 'a', 'alpha'), paper(1, 'b', 'beta')], {
      onProgress: (s, f) => f === 1 && stages.push(s),
    });
    expect(stages).toEqual([
      'tokenising',
      'themes',
      'vectors',
      'similar',
      'layout',
      'clusters',
      'outliers',
    ]);
  });
});

describe('runPipeline on the seed list', () => {
  const papers = seedPapers();
  const r = runPipeline(papers, { seed: 42 });

  it('finds 5 to 12 labelled clusters, each with a member as representative', () => {
    expect(r.clusters.length).toBeGreaterThanOrEqual(5);
    expect(r.clusters.length).toBeLessThanOrEqual(12);
    for (const c of r.clusters) {
      expect(c.terms.length).toBeGreaterThanOrEqual(2);
      expect(c.label).toBe(c.terms.join(' · '));
      expect(r.papers.find((p) => p.id === c.representative)!.cluster).toBe(c.id);
    }
    const sizes = r.clusters.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('flags the papers from other years and fields, and no LLM paper, each with a reason', () => {
    const outliers = r.papers.filter((p) => p.outlier);
    expect(outliers.map((p) => p.rank)).toEqual([6, 61, 74, 81]);
    expect(outliers.map((p) => p.title)).toContain(
      'The CoNLL-2013 Shared Task on Grammatical Error Correction',
    );
    for (const p of outliers)
      expect(p.outlierReason).toMatch(/nearest neighbours are less similar than \d+%/);
    expect(r.papers.find((p) => p.rank === 74)!.outlierReason).toMatch(
      /its title mentions 2021, 3 years before the collection's typical year 2024/,
    );
    expect(r.papers.find((p) => p.rank === 61)!.outlierReason).toMatch(
      /uses none of the collection's \d+ topic terms \(reasoning, language, LLMs/,
    );
    expect(r.papers.filter((p) => !p.outlier && p.outlierReason !== undefined)).toEqual([]);
  });

  it('forms no cluster out of outliers: every cluster has at least 3 papers that are not', () => {
    for (const c of r.clusters)
      expect(
        r.papers.filter((p) => p.cluster === c.id && !p.outlier).length,
      ).toBeGreaterThanOrEqual(3);
  });

  it('tags DeepSeek-R1 with RL and reasoning, and counts themes', () => {
    expect(r.papers[0]!.themes).toEqual(expect.arrayContaining(['rl', 'reasoning']));
    expect(r.themes.find((t) => t.id === 'survey')!.count).toBe(5);
  });

  it('lists five similar papers with scores, most similar first', () => {
    const p = r.papers[0]!;
    expect(p.similar).toHaveLength(5);
    expect(p.similarScores).toEqual([...p.similarScores!].sort((a, b) => b - a));
  });
});
