import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '../../../src/data/filter';
import type { Dataset, Paper } from '../../../src/data/types';
import { figureCaption, formatInteger, wrapCaption } from '../../../src/export/caption';
import { exportFileName, slugify } from '../../../src/export/file-name';

const paper = (id: string, citations: number): Paper => ({
  id,
  rank: Number(id),
  title: `Paper ${id}`,
  citations,
  abstract: '',
  github: null,
  urls: [],
});
const dataset: Dataset = {
  name: 'The best NLP papers of 2025',
  papers: [paper('1', 50), paper('2', 200), paper('3', 2967)],
  themes: [
    { id: 'rl', label: 'Reinforcement learning', description: '', count: 1 },
    { id: 'agents', label: 'Agents & tools', description: '', count: 1 },
  ],
  clusters: [{ id: 0, label: 'R1 · RL', terms: [], size: 3, representative: '1' }],
};
const withFilters = (f: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...f });

describe('figureCaption', () => {
  it('figureCaption(dataset, no filters, n) states the dataset and N', () => {
    expect(figureCaption(dataset, EMPTY_FILTERS, 3)).toBe(
      'The best NLP papers of 2025 · 3 of 3 papers',
    );
  });
  it('figureCaption names the theme and a lower citation bound like the issue example', () => {
    const f = withFilters({ themes: ['rl'], citationRange: [200, 2967] });
    expect(figureCaption(dataset, f, 1)).toBe(
      'The best NLP papers of 2025 · Reinforcement learning · citations ≥ 200 · 1 of 3 papers',
    );
  });
  it('figureCaption joins themes by AND under All, shows search, ranges, renamed clusters and map picks', () => {
    const f = withFilters({
      search: ' grpo ',
      themes: ['rl', 'agents'],
      themeMode: 'all',
      clusters: [0],
      citationRange: [60, 1000],
      mapSelection: ['1'],
    });
    expect(figureCaption(dataset, f, 0, { 0: 'Reasoning RL' })).toBe(
      'The best NLP papers of 2025 · search “grpo” · Reinforcement learning AND Agents & tools · cluster “Reasoning RL” · citations 60–1,000 · map selection (1 paper) · 0 of 3 papers',
    );
  });
  it('figureCaption writes an upper bound when the range starts at the minimum', () => {
    expect(figureCaption(dataset, withFilters({ citationRange: [0, 300] }), 2)).toBe(
      'The best NLP papers of 2025 · citations ≤ 300 · 2 of 3 papers',
    );
  });
  it('formatInteger groups thousands', () => {
    expect([
      formatInteger(0),
      formatInteger(999),
      formatInteger(1234567),
      formatInteger(-2500),
    ]).toEqual(['0', '999', '1,234,567', '-2,500']);
  });
  it('wrapCaption breaks at spaces within the width', () => {
    expect(wrapCaption('aa bb cc dd', 5)).toEqual(['aa bb', 'cc dd']);
    expect(wrapCaption('longword x', 3)).toEqual(['longword', 'x']);
  });
});

describe('exportFileName', () => {
  it('slugify drops filler words and punctuation', () => {
    expect(slugify('The best NLP papers of 2025')).toBe('best-nlp-papers-2025');
    expect(slugify('Résumé: À la carte!', false)).toBe('resume-a-la-carte');
  });
  it('exportFileName(name, figure, themes) matches the issue example', () => {
    expect(
      exportFileName(dataset.name, 'citations-by-theme', withFilters({ themes: ['rl'] }), 'png'),
    ).toBe('best-nlp-papers-2025_citations-by-theme_rl.png');
  });
  it('exportFileName lists every active filter', () => {
    const f = withFilters({
      themes: ['rl', 'agents'],
      themeMode: 'all',
      search: 'GRPO math',
      clusters: [2, 5],
      citationRange: [200, 3000],
      mapSelection: ['1', '2'],
    });
    expect(exportFileName(dataset.name, 'papers', f, 'csv')).toBe(
      'best-nlp-papers-2025_papers_rl+agents-all_q-grpo-math_cluster-2+5_cites-200-3000_map-2.csv',
    );
  });
  it('exportFileName stays short and never empty', () => {
    expect(exportFileName('', '', withFilters({ search: 'x'.repeat(300) }), 'svg')).toMatch(
      /^paperscope_figure_q-x+\.svg$/,
    );
    expect(
      exportFileName('', '', withFilters({ search: 'x'.repeat(300) }), 'svg').length,
    ).toBeLessThanOrEqual(124);
  });
});
