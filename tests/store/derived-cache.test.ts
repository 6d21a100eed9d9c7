import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS } from '../../src/data/filter';
import type { Paper } from '../../src/data/types';
import { searchIndexFor, sharedFilterMask, warmSearchIndex } from '../../src/store/derived';

const paper = (id: string, title: string, citations: number): Paper => ({
  id,
  rank: Number(id),
  title,
  citations,
  abstract: `About ${title}.`,
  github: null,
  urls: [],
});
const papers = [
  paper('1', 'Reward models', 10),
  paper('2', 'Résumé parsing', 5),
  paper('3', 'Retrieval', 1),
];

describe('sharedFilterMask', () => {
  it('sharedFilterMask(papers, filters, except) is computed once per filter state and shared', () => {
    const filters = { ...EMPTY_FILTERS, citationRange: [2, 20] as [number, number] };
    const a = sharedFilterMask(papers, filters, []);
    expect([...a]).toEqual([1, 1, 0]);
    expect(sharedFilterMask(papers, filters, [])).toBe(a);
    expect([...sharedFilterMask(papers, filters, ['citations'])]).toEqual([1, 1, 1]);
    expect(sharedFilterMask(papers, { ...filters }, [])).not.toBe(a);
  });

  it('sharedFilterMask(papers, search filters) matches folded text, with or without a warm-up', async () => {
    const own = papers.map((p) => ({ ...p }));
    const stop = warmSearchIndex(own, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    stop();
    expect(searchIndexFor(own)).toHaveLength(3);
    expect([...sharedFilterMask(own, { ...EMPTY_FILTERS, search: 'resume' }, [])]).toEqual([
      0, 1, 0,
    ]);
    const cold = papers.map((p) => ({ ...p }));
    expect([...sharedFilterMask(cold, { ...EMPTY_FILTERS, search: 'resume' }, [])]).toEqual([
      0, 1, 0,
    ]);
  });
});
