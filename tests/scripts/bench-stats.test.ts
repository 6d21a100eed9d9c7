import { describe, expect, it } from 'vitest';
import { quantile, summarise, verdict, withinBudget } from '../../scripts/bench/stats';

describe('benchmark statistics', () => {
  it('quantile interpolates linearly between sorted samples', () => {
    expect(quantile([3, 1, 2, 4], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.95)).toBe(19.5);
  });

  it('summarise keeps the samples in the order taken, beside the median and p95', () => {
    const row = summarise(100, 'theme click → settled', 'ms', [120.04, 48.96, 22, 25.55]);
    expect(row).toMatchObject({ samples: 4, values: [120, 49, 22, 25.6] });
    expect(row.median).toBeCloseTo(37.255, 9);
    expect(row.p95).toBeCloseTo(109.378, 9);
    expect(summarise(100, 'x', 'ms', [])).toMatchObject({ median: null, samples: 0 });
    expect(summarise(100, 'x', 'ms', []).values).toBeUndefined();
  });

  it('withinBudget reads frame-interval budgets in whole display frames', () => {
    expect(withinBudget('brush frame interval', 1000 / 30, 33)).toBe(true); // two frames
    expect(withinBudget('brush frame interval', 40, 33)).toBe(false);
    expect(withinBudget('brush frame interval', 1000 / 60, 17)).toBe(true);
    expect(withinBudget('brush frame interval', 1000 / 30, 17)).toBe(false);
    expect(withinBudget('brush input → settled', 33.4, 33)).toBe(false); // other metrics: as is
  });

  it('verdict applies the budget of the next larger size and its statistic', () => {
    const row = { n: 1000, metric: 'theme click → settled', unit: 'ms' as const, samples: 20 };
    expect(verdict({ ...row, median: 40, p95: 99 })).toBe('✓'); // held to the 10k budget
    expect(verdict({ ...row, median: 40, p95: 101 })).toBe('✗');
    expect(verdict({ ...row, metric: 'search keystroke → settled', median: 1, p95: 1 })).toBe('');
  });
});
