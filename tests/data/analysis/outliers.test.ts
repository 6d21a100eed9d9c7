import { describe, expect, it } from 'vitest';
import { findOutliers, typicalYear } from '../../../src/data/outliers.ts';
import { runPipeline } from '../../../src/data/pipeline.ts';
import { generateSyntheticDataset } from '../../../src/data/synthetic.ts';
import { contentWords, topicTerms } from '../../../src/data/text/topic-terms.ts';
import { cleanText, scanWords } from '../../../src/data/text/tokenize.ts';
import { paperYear, yearsMentioned } from '../../../src/data/text/years.ts';
import type { Paper } from '../../../src/data/types.ts';

describe('yearsMentioned(text) and paperYear(title, abstract, year)', () => {
  it('reads years in names and citations, not counts, decimals, thousands or percentages', () => {
    expect(yearsMentioned('The CoNLL-2013 Shared Task; TREC 2021 (Samuel et al., 2023)')).toEqual([
      2013, 2021, 2023,
    ]);
    expect(
      yearsMentioned('2,013 items, 12013 tokens, 2013.5 points, 2020% gain, 1949 or 2100'),
    ).toEqual([]);
  });

  it('takes the metadata year first, else the latest year mentioned, noting the title', () => {
    expect(paperYear('TREC 2021 overview', 'as in 2019 and 2020', 2025)).toEqual({
      year: 2025,
      source: 'metadata',
    });
    expect(paperYear('TREC 2021 overview', 'as in 2019 and 2020')).toEqual({
      year: 2021,
      source: 'title',
    });
    expect(paperYear('Overview', 'as in 2019 and 2020')).toEqual({
      year: 2020,
      source: 'abstract',
    });
    expect(paperYear('Overview', 'no years here')).toBeNull();
  });

  it('typicalYear needs at least 3 known years (and 5% of papers)', () => {
    const y = (year: number) => ({ year, source: 'abstract' as const });
    expect(typicalYear([y(2024), y(2025), null, null])).toBeNull();
    expect(typicalYear([y(2024), y(2025), y(2024), null])).toBe(2024);
  });
});

describe('topicTerms(docs) on contentWords', () => {
  const docs = [
    'Reasoning in LLMs with reinforcement learning improves performance.',
    'LLMs learn reasoning from rewards; the framework improves results.',
    'Reinforcement learning for LLMs: a new model.',
    'Grammatical error correction shared task.',
  ].map((t) => contentWords(scanWords(cleanText(t))));

  it('keeps widespread content words, drops generic academic ones, and lists which each paper uses', () => {
    const t = topicTerms(docs, 0.5);
    expect(t.terms).toEqual(['llm', 'reasoning', 'reinforcement']);
    expect(t.labels).toEqual(['LLMs', 'reasoning', 'reinforcement']);
    expect(t.used[3]).toEqual([]);
    expect(t.used[0]).toEqual(['llm', 'reasoning', 'reinforcement']);
  });
});

/** 40 papers with spread-out but ordinary text signals; paper 0 is set by the test. */
function signals(first: { centroid: number; neighbours: number }) {
  const centroid = Array.from({ length: 40 }, (_, i) => 0.4 + 0.005 * (i % 20));
  const neighbours = Array.from({ length: 40 }, (_, i) => 0.3 + 0.005 * ((i * 7) % 20));
  centroid[0] = first.centroid;
  neighbours[0] = first.neighbours;
  return { centroid, neighbours };
}
const labels = ['reasoning', 'LLMs', 'RL', 'reward', 'agent', 'thinking'];
const typicalUse = Array.from({ length: 40 }, () => ['reasoning', 'LLMs', 'RL', 'reward']);
const recentYears = Array.from({ length: 40 }, (_, i) => ({
  year: i % 4 === 1 ? 2025 : 2024,
  source: 'abstract' as const,
}));

describe('findOutliers(signals)', () => {
  // Somewhat atypical text: words z ≈ 2.2, neighbours z ≈ 2.0; not enough on its own.
  const moderate = signals({ centroid: 0.39, neighbours: 0.29 });

  it('does not flag text that is only somewhat atypical', () => {
    expect(findOutliers(moderate)[0]).toBeNull();
    expect(
      findOutliers({ ...moderate, years: recentYears, topic: { labels, used: typicalUse } })[0],
    ).toBeNull();
  });

  it('flags text far from everything, on the text signals alone', () => {
    const r = findOutliers(signals({ centroid: 0.3, neighbours: 0.2 }));
    expect(r[0]).toMatch(
      /^Its words are less typical of the collection than those of 97% of papers/,
    );
    expect(r[0]).toMatch(
      /nearest neighbours are less similar than 97% of papers' nearest neighbours/,
    );
    expect(r.filter(Boolean)).toHaveLength(1);
  });

  it('flags somewhat atypical text whose title names a year long before the collection', () => {
    const years = recentYears.map((y, i) =>
      i === 0 ? { year: 2013, source: 'title' as const } : y,
    );
    const r = findOutliers({ ...moderate, years });
    expect(r[0]).toMatch(
      /its title mentions 2013, 11 years before the collection's typical year 2024 \(older than 100% of the other years known/,
    );
    // A year only in the abstract is weaker evidence (a 2025 paper may cite 2013): not enough here.
    const inAbstract = findOutliers({
      ...moderate,
      years: years.map((y, i) => (i === 0 ? { year: 2013, source: 'abstract' as const } : y)),
    });
    expect(inAbstract[0]).toBeNull();
  });

  it('flags somewhat atypical text that uses none of the collection topic terms, and names them', () => {
    const used = typicalUse.map((u, i) => (i === 0 ? [] : u));
    const r = findOutliers({ ...moderate, topic: { labels, used } });
    expect(r[0]).toMatch(
      /uses none of the collection's 6 topic terms \(reasoning, LLMs, RL, reward, agent, …\), where a typical paper uses 4/,
    );
  });

  it('ignores an old year or missing topic terms when the text itself is typical', () => {
    const typical = signals({ centroid: 0.45, neighbours: 0.35 });
    const years = recentYears.map((y, i) =>
      i === 0 ? { year: 2001, source: 'title' as const } : y,
    );
    const used = typicalUse.map((u, i) => (i === 0 ? [] : u));
    expect(findOutliers({ ...typical, years, topic: { labels, used } })[0]).toBeNull();
  });

  it('says nothing about fewer than 10 papers', () => {
    expect(findOutliers({ centroid: [0, 1, 1], neighbours: [0, 1, 1] })).toEqual([
      null,
      null,
      null,
    ]);
  });
});

describe('runPipeline outliers on hand-made and synthetic corpora', () => {
  const paper = (i: number, title: string, abstract: string): Paper => ({
    id: `p${i}`,
    rank: i + 1,
    title,
    citations: 50 - i,
    abstract,
    github: null,
    urls: [],
  });
  const topics = [
    'reinforcement learning rewards policy rollouts',
    'chain-of-thought reasoning length budget',
    'test-time compute scaling thinking tokens',
    'multimodal vision-language models images video',
    'LLM agents tools search web browsing',
  ];

  it('flags a paper from another field and time among LLM papers, and no LLM paper', () => {
    const papers = Array.from({ length: 30 }, (_, i) =>
      paper(
        i,
        `Large language model ${topics[i % 5]!.split(' ')[0]} study ${i}`,
        `We train LLMs and study ${topics[i % 5]} with reasoning in 2024 and 2025. ${topics[(i + 1) % 5]} helps LLMs.`,
      ),
    );
    papers.push(
      paper(
        30,
        'The CoNLL-2013 Shared Task on Grammatical Error Correction',
        'The shared task was devoted to grammatical error correction; we describe the scorer and the participating teams.',
      ),
    );
    const r = runPipeline(papers, { seed: 1 });
    expect(r.papers.filter((p) => p.outlier).map((p) => p.id)).toEqual(['p30']);
    expect(r.papers[30]!.outlierReason).toMatch(/title mentions 2013/);
    // The outlier joins a cluster but forms none of its own.
    expect(r.clusters.every((c) => r.papers.some((p) => p.cluster === c.id && !p.outlier))).toBe(
      true,
    );
  }, 60_000);

  it('flags at most 0.5% of a synthetic collection with no planted foreign papers', () => {
    const papers = generateSyntheticDataset(300, { seed: 3 }).papers.map((p) => ({
      id: p.id,
      rank: p.rank,
      title: p.title,
      citations: p.citations,
      abstract: p.abstract,
      github: null,
      urls: [],
    }));
    const r = runPipeline(papers, { seed: 42 });
    expect(r.papers.filter((p) => p.outlier).length).toBeLessThanOrEqual(1);
  }, 60_000);
});
