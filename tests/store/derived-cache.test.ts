import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EMPTY_FILTERS, filterMask, type FilterKey, type Filters } from '../../src/data/filter';
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
    // Same values of the filters the mask uses: the same array, so memos on it hold.
    expect(sharedFilterMask(papers, { ...filters }, [])).toBe(a);
    expect(sharedFilterMask(papers, { ...filters, citationRange: [0, 4] }, [])).not.toBe(a);
  });

  it('keeps a mask that ignores the changed filter, and always equals a fresh filterMask', () => {
    const own = papers.map((p, i) => ({ ...p, themes: i ? ['rl'] : ['nlp'], cluster: i % 2 }));
    const index = searchIndexFor(own);
    const others = sharedFilterMask(own, EMPTY_FILTERS, ['citations']);
    const brushed = { ...EMPTY_FILTERS, citationRange: [2, 20] as [number, number] };
    expect(sharedFilterMask(own, brushed, ['citations'])).toBe(others);
    const field = fc.oneof(
      fc.record({ search: fc.constantFrom('', 'resume', 'retrieval') }),
      fc.record({ themes: fc.subarray(['rl', 'nlp']) }),
      fc.record({ themeMode: fc.constantFrom('any' as const, 'all' as const) }),
      fc.record({ clusters: fc.subarray([0, 1]) }),
      fc.record({ citationRange: fc.option(fc.constantFrom<[number, number]>([0, 4], [2, 20])) }),
      fc.record({ mapSelection: fc.option(fc.subarray(['1', '2', '3'])) }),
      fc.record({ yearRange: fc.constant(null) }),
    );
    const excepts: FilterKey[][] = [
      [],
      ['citations'],
      ['themes'],
      ['clusters'],
      ['map'],
      ['search'],
    ];
    fc.assert(
      fc.property(fc.array(field, { maxLength: 12 }), (changes) => {
        let filters: Filters = EMPTY_FILTERS;
        for (const change of changes) {
          filters = { ...filters, ...change };
          for (const except of excepts)
            expect([...sharedFilterMask(own, filters, except)]).toEqual([
              ...filterMask(own, index, filters, except),
            ]);
        }
      }),
    );
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

  it('gives the same masks while a query is typed, edited and cleared (seeded property)', () => {
    // Each key narrows the last query's hits instead of reading every text again; the masks
    // must still be what a fresh filterMask computes.
    const letter = fc.constantFrom('a', 'b', 'c', ' ');
    const text = fc.array(letter, { minLength: 0, maxLength: 24 }).map((l) => l.join(''));
    const edit = fc.oneof(
      fc.record({ type: fc.constant('key' as const), key: letter }),
      fc.record({ type: fc.constant('back' as const) }),
      fc.record({ type: fc.constant('clear' as const) }),
    );
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 12 }),
        fc.array(edit, { maxLength: 20 }),
        (titles, edits) => {
          const own = titles.map((t, i) => ({
            ...paper(String(i + 1), t || 'x', i),
            abstract: '',
          }));
          const index = searchIndexFor(own);
          let search = '';
          for (const e of edits) {
            search =
              e.type === 'key' ? search + e.key : e.type === 'back' ? search.slice(0, -1) : '';
            const filters = { ...EMPTY_FILTERS, search };
            expect([...sharedFilterMask(own, filters, [])]).toEqual([
              ...filterMask(own, index, filters, []),
            ]);
          }
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
