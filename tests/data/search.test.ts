import { describe, expect, it } from 'vitest';
import { matchesWords, narrows, queryWords, searchHits } from '../../src/data/search';

describe('narrows(older, newer)', () => {
  it('holds when every older word is inside a newer word', () => {
    expect(narrows(['retr'], ['retri'])).toBe(true);
    expect(narrows(['reward'], ['reward', 'model'])).toBe(true);
    expect(narrows(['ward'], ['rewards'])).toBe(true);
    expect(narrows([], ['anything'])).toBe(true);
  });
  it('fails when a word was deleted or changed', () => {
    expect(narrows(['retri'], ['retr'])).toBe(false);
    expect(narrows(['reward', 'model'], ['reward'])).toBe(false);
    expect(narrows(['rl'], ['ppo'])).toBe(false);
  });
});

describe('searchHits(index, words, within)', () => {
  const index = ['reward models for rl', 'retrieval augmented', 'rewriting retrieval'];
  it('marks the texts holding every word', () => {
    expect([...searchHits(index, queryWords('re retr'))]).toEqual([0, 1, 1]);
    expect([...searchHits(index, queryWords('REWARD rl'))]).toEqual([1, 0, 0]);
  });
  it('reads only the texts `within` kept', () => {
    const within = Uint8Array.from([1, 0, 1]);
    expect([...searchHits(index, ['retrieval'], within)]).toEqual([0, 0, 1]);
  });
  it('agrees with matchesWords text by text', () => {
    const words = queryWords('ri');
    expect([...searchHits(index, words)]).toEqual(
      index.map((text) => (matchesWords(text, words) ? 1 : 0)),
    );
  });
});
