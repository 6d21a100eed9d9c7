import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { passingInOrder, sortOrder } from '../../src/data/sort-order';

describe('sortOrder(count, keys)', () => {
  it('is the identity order without keys', () => {
    expect([...sortOrder(4, [])]).toEqual([0, 1, 2, 3]);
  });

  it('orders numbers ascending or descending, ties in index order', () => {
    const values = [5, 1, 5, 3, 1];
    expect([...sortOrder(5, [{ values, kind: 'basic', desc: false }])]).toEqual([1, 4, 3, 0, 2]);
    expect([...sortOrder(5, [{ values, kind: 'basic', desc: true }])]).toEqual([0, 2, 3, 1, 4]);
  });

  it('compares text without case, and breaks ties with the next key', () => {
    const titles = ['beta', 'Alpha', 'alpha', 'Beta'];
    const citations = [1, 2, 3, 4];
    expect([...sortOrder(4, [{ values: titles, kind: 'text', desc: false }])]).toEqual([
      1, 2, 0, 3,
    ]);
    expect([
      ...sortOrder(4, [
        { values: titles, kind: 'text', desc: false },
        { values: citations, kind: 'basic', desc: true },
      ]),
    ]).toEqual([2, 1, 3, 0]);
  });

  it('puts the empty string first in ascending text order (papers without a code link)', () => {
    expect([...sortOrder(3, [{ values: ['b', '', 'a'], kind: 'text', desc: false }])]).toEqual([
      1, 2, 0,
    ]);
  });
});

describe('passingInOrder(order, mask)', () => {
  it('keeps the order of the passing indices', () => {
    const order = Int32Array.from([3, 0, 2, 1]);
    expect([...passingInOrder(order, Uint8Array.from([1, 0, 1, 1]))]).toEqual([3, 0, 2]);
    expect([...passingInOrder(order, new Uint8Array(4))]).toEqual([]);
  });

  it('equals filtering the order by the mask (seeded)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.boolean(), { maxLength: 200 })
          .chain((passes) =>
            fc.tuple(
              fc.constant(passes),
              fc.shuffledSubarray([...passes.keys()], { minLength: passes.length }),
            ),
          ),
        ([passes, shuffled]) => {
          const mask = Uint8Array.from(passes, (p) => (p ? 1 : 0));
          const order = Int32Array.from(shuffled);
          expect([...passingInOrder(order, mask)]).toEqual(shuffled.filter((i) => passes[i]));
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });
});
