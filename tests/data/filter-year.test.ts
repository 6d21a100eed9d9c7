import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, filterMask, isFilterActive } from '../../src/data/filter';
import { describeFilters } from '../../src/data/describe-filters';
import type { Paper } from '../../src/data/types';

const paper = (id: string, year?: number): Paper => ({
  id,
  rank: Number(id),
  title: id,
  citations: 1,
  abstract: '',
  github: null,
  urls: [],
  ...(year === undefined ? {} : { year }),
});
const papers = [paper('1', 2018), paper('2', 2020), paper('3'), paper('4', 2022)];

describe('filterMask(papers, index, { yearRange })', () => {
  it('keeps papers whose year is inside the inclusive range and drops papers without a year', () => {
    const filters = { ...EMPTY_FILTERS, yearRange: [2018, 2020] as [number, number] };
    expect(isFilterActive(filters, 'year')).toBe(true);
    expect([...filterMask(papers, ['', '', '', ''], filters)]).toEqual([1, 1, 0, 0]);
  });

  it('ignores the year filter for the view that set it, and when it is null', () => {
    const filters = { ...EMPTY_FILTERS, yearRange: [2021, 2030] as [number, number] };
    expect([...filterMask(papers, ['', '', '', ''], filters, ['year'])]).toEqual([1, 1, 1, 1]);
    expect(isFilterActive(EMPTY_FILTERS, 'year')).toBe(false);
    expect([...filterMask(papers, ['', '', '', ''], EMPTY_FILTERS)]).toEqual([1, 1, 1, 1]);
  });

  it('describeFilters names the year range', () => {
    const options = {
      themeLabel: String,
      clusterLabel: String,
      citationExtent: [0, 1] as [number, number],
    };
    expect(describeFilters({ ...EMPTY_FILTERS, yearRange: [2019, 2021] }, options)).toEqual([
      { key: 'year', text: 'years 2019–2021' },
    ]);
  });
});
