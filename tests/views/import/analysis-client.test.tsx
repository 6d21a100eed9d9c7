import { describe, expect, it } from 'vitest';
import { overallFraction } from '../../../src/workers/analysis-client';

describe('overallFraction(stage, fraction)', () => {
  it('grows monotonically through the pipeline stages from 0 to 1', () => {
    const stages = ['tokenising', 'themes', 'vectors', 'similar', 'layout', 'clusters', 'outliers'];
    const values = stages.flatMap((s) => [
      overallFraction(s, 0),
      overallFraction(s, 0.5),
      overallFraction(s, 1),
    ]);
    expect(values[0]).toBe(0);
    expect(values[values.length - 1]).toBe(1);
    for (let i = 1; i < values.length; i++)
      expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
    expect(overallFraction('layout', 0)).toBeCloseTo(overallFraction('similar', 1));
  });

  it('gives 0 for an unknown stage and clamps the fraction', () => {
    expect(overallFraction('unknown', 0.5)).toBe(0);
    expect(overallFraction('outliers', 7)).toBe(1);
  });
});
