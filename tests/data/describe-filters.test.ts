import { describe, expect, it } from 'vitest';
import { describeFilters } from '../../src/data/describe-filters';
import { EMPTY_FILTERS } from '../../src/data/filter';

const options = {
  themeLabel: (id: string) =>
    ({ rl: 'Reinforcement learning', multimodal: 'Multimodal' })[id] ?? id,
  clusterLabel: (id: number) => `C${id}`,
  citationExtent: [49, 2967] as [number, number],
};

describe('describeFilters(filters, options)', () => {
  it('says nothing when no filter is active', () => {
    expect(describeFilters(EMPTY_FILTERS, options)).toEqual([]);
  });
  it('joins themes with AND under All and OR under Any', () => {
    const all = describeFilters(
      { ...EMPTY_FILTERS, themes: ['rl', 'multimodal'], themeMode: 'all' },
      options,
    );
    expect(all).toEqual([{ key: 'themes', text: 'Reinforcement learning AND Multimodal' }]);
    const any = describeFilters({ ...EMPTY_FILTERS, themes: ['rl', 'multimodal'] }, options);
    expect(any[0]!.text).toBe('Reinforcement learning OR Multimodal');
  });
  it('writes open-ended citation ranges with ≥ and ≤', () => {
    const text = (range: [number, number]) =>
      describeFilters({ ...EMPTY_FILTERS, citationRange: range }, options)[0]!.text;
    expect(text([200, 2967])).toBe('citations ≥ 200');
    expect(text([49, 1000])).toBe('citations ≤ 1,000');
    expect(text([200.4, 1000])).toBe('citations 200–1,000');
  });
  it('lists search, clusters and map selection in order', () => {
    const parts = describeFilters(
      { ...EMPTY_FILTERS, search: ' grpo ', clusters: [1, 3], mapSelection: ['a'] },
      options,
    );
    expect(parts.map((p) => p.text)).toEqual([
      'search “grpo”',
      'cluster C1 OR C3',
      'map selection (1 paper)',
    ]);
  });
});
