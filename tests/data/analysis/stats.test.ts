import { describe, expect, it } from 'vitest';
import {
  citationExtent,
  gini,
  groupSummaries,
  lorenz,
  median,
  percentileRank,
  quantile,
  topShare,
} from '../../../src/data/stats.ts';

describe('citation statistics', () => {
  it('percentileRank(values, v) counts values below plus half the ties', () => {
    expect(percentileRank([1, 2, 3, 4], 3)).toBe(62.5);
    expect(percentileRank([1, 2, 3, 4], 10)).toBe(100);
    expect(percentileRank([5, 5], 5)).toBe(50);
  });

  it('quantile(sorted, p) interpolates linearly; median of an even count averages', () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(quantile([], 0.5)).toBeNaN();
  });

  it('gini(values) is 0 for equality and (n-1)/n when one holds all', () => {
    expect(gini([3, 3, 3])).toBe(0);
    expect(gini([0, 0, 0, 10])).toBeCloseTo(0.75, 12);
    expect(gini([1, 2, 3, 4])).toBeCloseTo(0.25, 12);
  });

  it('topShare and lorenz describe concentration', () => {
    expect(topShare([1, 2, 3, 4], 1)).toBe(0.4);
    expect(lorenz([1, 3])).toEqual([
      { x: 0, y: 0 },
      { x: 0.5, y: 0.25 },
      { x: 1, y: 1 },
    ]);
  });

  it('groupSummaries(items, groupsOf, valueOf) summarises multi-label groups', () => {
    const items = [
      { t: ['a', 'b'], c: 10 },
      { t: ['a'], c: 20 },
      { t: ['b'], c: 2 },
    ];
    const [a, b] = groupSummaries(
      items,
      (i) => i.t,
      (i) => i.c,
    );
    expect(a).toEqual({
      group: 'a',
      count: 2,
      min: 10,
      q1: 12.5,
      median: 15,
      q3: 17.5,
      max: 20,
      total: 30,
    });
    expect(b!.total).toBe(12);
  });
});

describe('citationExtent(papers)', () => {
  it('gives the smallest and largest count, and [0, 0] for no papers', () => {
    expect(citationExtent([{ citations: 7 }, { citations: 2967 }, { citations: 49 }])).toEqual([
      7, 2967,
    ]);
    expect(citationExtent([])).toEqual([0, 0]);
  });
});
