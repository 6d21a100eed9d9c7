import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paper } from '../../../src/data/types';
import { concentration } from '../../../src/views/citations/lorenz';
import { sortedCitations } from '../../../src/views/citations/scales';
import {
  rangeConcentration,
  sortCitations,
  sortedMedian,
} from '../../../src/views/citations/sorted-citations';
import { median } from '../../../src/data/stats';

const papers = (citations: number[]) =>
  citations.map((c, i) => ({ id: `p${i}`, rank: i + 1, title: `P${i}`, citations: c }) as Paper);

describe('sorted citations with prefix sums', () => {
  it('gives the same concentration as sorting the papers in the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(5000), { maxLength: 400 }),
        fc.array(fc.boolean(), { maxLength: 400 }),
        fc.option(fc.tuple(fc.nat(5000), fc.nat(5000))),
        (citations, keep, pair) => {
          const list = papers(citations);
          const others = Uint8Array.from(list, (_, i) => ((keep[i] ?? true) ? 1 : 0));
          const range = pair ? ([Math.min(...pair), Math.max(...pair)] as [number, number]) : null;
          const visible = Uint8Array.from(list, (p, i) =>
            others[i] === 1 && (!range || (p.citations >= range[0] && p.citations <= range[1]))
              ? 1
              : 0,
          );
          const sorted = sortCitations(list, others);
          expect(rangeConcentration(sorted, range)).toEqual(
            concentration(sortedCitations(list, visible)),
          );
          const kept = list.filter((_, i) => others[i] === 1).map((p) => p.citations);
          if (kept.length) expect(sortedMedian(sorted)).toBe(median(kept));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('thins a long curve to the requested points', () => {
    const list = papers(Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1009));
    const c = rangeConcentration(sortCitations(list, new Uint8Array(1000).fill(1)), [10, 900]);
    expect(c.curve).toHaveLength(160);
    expect(c.curve[0]).toEqual({ x: 0, y: 0 });
    expect(c.curve[159]).toEqual({ x: 1, y: 1 });
  });
});
