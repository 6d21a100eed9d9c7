import { describe, expect, it } from 'vitest';
import { stripLatex } from '../../../src/data/text/latex.ts';
import { buildTfidf, sparseDot } from '../../../src/data/text/tfidf.ts';
import { tokenize, type Token } from '../../../src/data/text/tokenize.ts';

const keys = (text: string) => tokenize(text).map((t) => t.key);
const tok = (...k: string[]): Token[] => k.map((key) => ({ key, surface: key }));

describe('stripLatex(text)', () => {
  it('keeps the content of commands and drops $, \\%, accents and TeX quotes', () => {
    expect(stripLatex('the $\\textbf{D}$ecoupled Clip and $\\textbf{DAPO}$')).toBe(
      'the Decoupled Clip and DAPO',
    );
    expect(stripLatex("63.3\\% on AIME, na\\\"ive, ``think'' and $\\sim$6%")).toBe(
      '63.3% on AIME, naive, "think" and ~6%',
    );
    expect(stripLatex('Large Language Models~(LLMs) \\url{https://x.y}')).toBe(
      'Large Language Models (LLMs) https://x.y',
    );
  });
});

describe('tokenize(text)', () => {
  it('keeps phrases and hyphenated compounds as one token, in either spelling', () => {
    expect(keys('Chain-of-Thought reasoning')).toContain('chain of thought');
    expect(keys('a chain of thought')).toEqual(['chain of thought']);
    expect(keys('reinforcement learning for vision-language models')).toEqual([
      'reinforc learn',
      'vision languag',
      'model',
    ]);
  });

  it('splits model names with digits and drops stop words, numbers and LaTeX', () => {
    expect(keys('We use DeepSeek-R1-Zero with 32B and $\\textbf{GRPO}$')).toEqual([
      'deepseek',
      'r1',
      'zero',
      'grpo',
    ]);
  });

  it('does not stem acronyms into words', () => {
    expect(tokenize('AIME and LLMs').map((t) => t.surface)).toEqual(['AIME', 'LLMs']);
    expect(keys('AIME and LLMs')).toEqual(['aime', 'llm']);
  });
});

describe('buildTfidf(docs)', () => {
  it('computes sublinear, smoothed, l2-normalised weights (scikit-learn convention)', () => {
    const r = buildTfidf([tok('a', 'a', 'b'), tok('b', 'c')], { minDf: 1, maxDfRatio: 1 });
    expect(r.terms).toEqual(['a', 'b', 'c']);
    expect(r.idf[0]).toBeCloseTo(Math.log(3 / 2) + 1, 10);
    expect(r.idf[1]).toBeCloseTo(1, 10);
    expect([...r.vectors[0]!.values]).toEqual([
      expect.closeTo(0.921907, 5),
      expect.closeTo(0.387411, 5),
    ]);
    expect([...r.vectors[1]!.values]).toEqual([
      expect.closeTo(0.579739, 5),
      expect.closeTo(0.814802, 5),
    ]);
    expect(sparseDot(r.vectors[0]!, r.vectors[1]!)).toBeCloseTo(0.387411 * 0.579739, 5);
  });

  it('drops terms in more than maxDfRatio of documents as corpus stop words', () => {
    const r = buildTfidf([tok('x', 'a'), tok('x', 'b'), tok('x', 'a'), tok('x', 'b')], {
      minDf: 1,
    });
    expect(r.terms).toEqual(['a', 'b']);
    expect(r.corpusStopWords).toEqual(['x']);
  });
});
