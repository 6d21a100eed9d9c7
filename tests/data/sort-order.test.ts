import { describe, expect, it } from 'vitest';
import { sortOrder } from '../../src/data/sort-order';

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
