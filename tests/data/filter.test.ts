import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  countClusters,
  countMask,
  countThemes,
  filterMask,
  matchesThemes,
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

describe('matchesThemes and foldText', () => {
  it('treats an empty selection as no constraint', () =>
    expect(matchesThemes(undefined, [], 'all')).toBe(true));
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
});
