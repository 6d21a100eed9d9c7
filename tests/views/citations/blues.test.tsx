import { describe, expect, it } from 'vitest';
import { interpolateBlues } from '../../../src/views/citations/blues';

// Reference values from d3-scale-chromatic 3.1.1's interpolateBlues, which this ramp replaces.
describe('interpolateBlues', () => {
  it.each([
    [0, 'rgb(247, 251, 255)'],
    [0.25, 'rgb(195, 219, 238)'],
    [0.5, 'rgb(109, 174, 213)'],
    [0.77, 'rgb(30, 108, 176)'],
    [1, 'rgb(8, 48, 107)'],
  ])('gives ColorBrewer Blues at t = %s', (t, colour) => {
    expect(interpolateBlues(t)).toBe(colour);
  });
});
