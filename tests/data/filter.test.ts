import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  EMPTY_FILTERS,
  countClusters,
  countMask,
  countThemes,
  filterFailures,
  filterMask,
  maskWithout,
  type FilterKey,
  type Filters,
} from '../../src/data/filter';
import { buildSearchIndex, foldText } from '../../src/data/search';
import type { Paper } from '../../src/data/types';

const paper = (
  id: string,
  citations: number,
  themes: string[],
  title = `Paper ${id}`,
  cluster = 0,
): Paper => ({
  id,
  rank: Number(id),
  title,
  citations,
  abstract: '',
  github: null,
  urls: [],
  themes,
  cluster,
});
const papers = [
  paper('1', 500, ['rl', 'reasoning'], 'Réinforcement for Reasoning'),
  paper('2', 50, ['multimodal'], 'Vision models', 1),
  paper('3', 200, ['rl', 'multimodal'], 'Visual RL', 1),
  paper('4', 5, [], 'A survey'),
];
const index = buildSearchIndex(papers);
const ids = (mask: Uint8Array) => papers.filter((_, i) => mask[i]).map((p) => p.id);

describe('filterMask(papers, index, filters, except)', () => {
  it('passes everything with no filters', () => {
    expect(countMask(filterMask(papers, index, EMPTY_FILTERS))).toBe(4);
  });
  it('ANDs search words, ignoring case and accents', () => {
    expect(
      ids(filterMask(papers, index, { ...EMPTY_FILTERS, search: 'REINFORCEMENT reasoning' })),
    ).toEqual(['1']);
    expect(ids(filterMask(papers, index, { ...EMPTY_FILTERS, search: 'visual rl' }))).toEqual([
      '3',
    ]);
  });
  it('combines themes with Any and All', () => {
    const themes = ['rl', 'multimodal'];
    expect(ids(filterMask(papers, index, { ...EMPTY_FILTERS, themes, themeMode: 'any' }))).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(ids(filterMask(papers, index, { ...EMPTY_FILTERS, themes, themeMode: 'all' }))).toEqual([
      '3',
    ]);
  });
  it('applies citation range, clusters and map selection', () => {
    const filters = {
      ...EMPTY_FILTERS,
      citationRange: [50, 500] as [number, number],
      clusters: [1],
      mapSelection: ['2', '3', '4'],
    };
    expect(ids(filterMask(papers, index, filters))).toEqual(['2', '3']);
  });
  it('ignores the view\u2019s own filter (crossfilter)', () => {
    const filters = {
      ...EMPTY_FILTERS,
      citationRange: [100, 1000] as [number, number],
      themes: ['multimodal'],
    };
    expect(ids(filterMask(papers, index, filters))).toEqual(['3']);
    expect(ids(filterMask(papers, index, filters, ['citations']))).toEqual(['2', '3']);
    expect(ids(filterMask(papers, index, filters, ['themes']))).toEqual(['1', '3']);
  });
});

/** The theme filter's rule, paper by paper: what the mask, computed over theme codes, must say. */
function matchesThemes(
  paperThemes: readonly string[] | undefined,
  selected: readonly string[],
  mode: 'any' | 'all',
): boolean {
  if (selected.length === 0) return true;
  const own = paperThemes ?? [];
  return mode === 'all'
    ? selected.every((t) => own.includes(t))
    : selected.some((t) => own.includes(t));
}

describe('theme selection and foldText', () => {
  it('treats an empty selection as no constraint', () =>
    expect([
      ...filterMask([{ ...paper('1', 1, []), themes: undefined }], [], {
        ...EMPTY_FILTERS,
        themeMode: 'all',
      }),
    ]).toEqual([1]));
  it('folds accents and case', () => expect(foldText('Ünïcödé ÉCOLE')).toBe('unicode ecole'));
});

describe('countThemes(papers, baseMask, themeIds, selected, mode)', () => {
  const all = new Uint8Array(papers.length).fill(1);
  it('counts papers per theme under Any', () => {
    const counts = countThemes(
      papers,
      all,
      ['rl', 'multimodal', 'reasoning', 'survey'],
      ['rl'],
      'any',
    );
    expect(Object.fromEntries(counts)).toEqual({ rl: 2, multimodal: 2, reasoning: 1, survey: 0 });
  });
  it('counts what adding a theme would show under All', () => {
    const counts = countThemes(papers, all, ['rl', 'multimodal', 'reasoning'], ['rl'], 'all');
    expect(Object.fromEntries(counts)).toEqual({ rl: 2, multimodal: 1, reasoning: 1 });
  });
  it('respects the other filters through the base mask', () => {
    const mask = Uint8Array.from([0, 1, 1, 1]);
    expect(countThemes(papers, mask, ['rl'], [], 'any').get('rl')).toBe(1);
    expect(Object.fromEntries(countClusters(papers, mask))).toEqual({ 0: 1, 1: 2 });
  });
  it('agrees with counting theme and cluster names one by one (seeded property)', () => {
    // The counts run over integer codes built once per list; this is what they must equal.
    const naiveThemes = (
      list: readonly Paper[],
      mask: Uint8Array,
      ids: readonly string[],
      selected: readonly string[],
      mode: 'any' | 'all',
    ) => {
      const counts = new Map(ids.map((id) => [id, 0]));
      list.forEach((p, i) => {
        const own = p.themes ?? [];
        if (!mask[i] || (mode === 'all' && !matchesThemes(own, selected, 'all'))) return;
        for (const t of own) if (counts.has(t)) counts.set(t, counts.get(t)! + 1);
      });
      return counts;
    };
    const naiveClusters = (list: readonly Paper[], mask: Uint8Array) => {
      const counts = new Map<number, number>();
      list.forEach((p, i) => {
        if (mask[i] && p.cluster !== undefined)
          counts.set(p.cluster, (counts.get(p.cluster) ?? 0) + 1);
      });
      return counts;
    };
    const name = fc.constantFrom('rl', 'agents', 'vision', 'survey', 'code');
    const entry = fc.record({
      themes: fc.option(fc.array(name, { maxLength: 3 }), { nil: undefined }),
      cluster: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      on: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 30 }),
        fc.array(name, { maxLength: 3 }),
        fc.array(name, { maxLength: 2 }),
        fc.constantFrom('any' as const, 'all' as const),
        (entries, ids, selected, mode) => {
          const list = entries.map((e, i) => ({
            ...paper(String(i), i, []),
            themes: e.themes,
            cluster: e.cluster,
          }));
          const mask = Uint8Array.from(entries.map((e) => (e.on ? 1 : 0)));
          expect([...countThemes(list, mask, ids, selected, mode)]).toEqual([
            ...naiveThemes(list, mask, ids, selected, mode),
          ]);
          expect([...countClusters(list, mask)]).toEqual([...naiveClusters(list, mask)]);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
  it('filters by themes as matchesThemes says, paper by paper (seeded property)', () => {
    // The mask's theme test runs over integer codes; this is the rule it must follow.
    const name = fc.constantFrom('rl', 'agents', 'vision', 'survey', 'code');
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.array(name, { maxLength: 3 }), { nil: undefined }), {
          maxLength: 30,
        }),
        fc.array(name, { maxLength: 3 }),
        fc.constantFrom('any' as const, 'all' as const),
        (themeLists, selected, mode) => {
          const list = themeLists.map((themes, i) => ({ ...paper(String(i), i, []), themes }));
          const filters = { ...EMPTY_FILTERS, themes: selected, themeMode: mode };
          expect([...filterMask(list, [], filters)]).toEqual(
            list.map((p) => (matchesThemes(p.themes, selected, mode) ? 1 : 0)),
          );
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('filterFailures and maskWithout', () => {
  it('give every view its crossfilter mask from one pass (seeded property)', () => {
    // Evaluating every filter once and ignoring a view's own bits must equal leaving that
    // filter out of the computation, for every set of filters left out.
    const keys: FilterKey[] = ['search', 'themes', 'clusters', 'citations', 'map', 'year'];
    const name = fc.constantFrom('rl', 'agents', 'vision');
    const entry = fc.record({
      citations: fc.integer({ min: 0, max: 50 }),
      themes: fc.array(name, { maxLength: 2 }),
      cluster: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      year: fc.option(fc.integer({ min: 2018, max: 2025 }), { nil: undefined }),
      word: fc.constantFrom('graph', 'policy', 'vision'),
    });
    const range = fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }))
        .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as [number, number]),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 25 }),
        fc.record({
          search: fc.constantFrom('', 'graph', 'policy vision'),
          themes: fc.array(name, { maxLength: 2 }),
          themeMode: fc.constantFrom('any' as const, 'all' as const),
          clusters: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 2 }),
          citationRange: range,
          mapSelection: fc.option(fc.array(fc.constantFrom('0', '1', '2', '3')), { nil: null }),
          yearRange: fc.option(fc.constant([2020, 2023] as [number, number]), { nil: null }),
        }),
        fc.subarray(keys),
        (entries, filters: Filters, except) => {
          const list = entries.map((e, i) => ({
            ...paper(String(i), e.citations, e.themes, `A ${e.word} paper`, 0),
            cluster: e.cluster,
            year: e.year,
          }));
          const searchIndex = buildSearchIndex(list);
          const failures = filterFailures(list, searchIndex, filters);
          expect([...maskWithout(failures, except)]).toEqual([
            ...filterMask(list, searchIndex, filters, except),
          ]);
        },
      ),
      { seed: 5, numRuns: 300 },
    );
  });
});
