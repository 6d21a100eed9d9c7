import { describe, expect, it } from 'vitest';
import { readCompanionFile } from '../../../src/data/parse/companion-file';

describe('readCompanionFile', () => {
  it('readCompanionFile(text, source, n) returns the n abstracts in order (a BOM is ignored)', () => {
    expect(readCompanionFile('\uFEFF["first", "", "third"]', 'a.json', 3)).toEqual([
      { abstract: 'first' },
      { abstract: '' },
      { abstract: 'third' },
    ]);
  });

  it('reads objects of details beside bare abstracts', () => {
    const evidence = { rl: [{ term: 'reward', field: 'abstract', weight: 1.5 }] };
    const text = JSON.stringify([
      { abstract: 'A.', themeEvidence: evidence, similar: ['2'], similarScores: [0.5] },
      'B.',
      {},
    ]);
    expect(readCompanionFile(text, 'a.json', 3)).toEqual([
      { abstract: 'A.', themeEvidence: evidence, similar: ['2'], similarScores: [0.5] },
      { abstract: 'B.' },
      {},
    ]);
  });

  it('names the file, the count it has and the count expected when the lengths differ', () => {
    const text = JSON.stringify(Array.from({ length: 9998 }, () => 'x'));
    expect(() => readCompanionFile(text, 'x.json', 10_000)).toThrow(
      'companion file x.json has 9,998 entries; expected 10,000, one per paper',
    );
    expect(() => readCompanionFile('["a"]', 'x.json', 2)).toThrow(
      'companion file x.json has 1 entry; expected 2, one per paper',
    );
  });

  it('refuses text that is not JSON, or JSON that is not an array, saying what was expected', () => {
    expect(() => readCompanionFile('<html>', 'x.json', 2)).toThrow(
      'companion file x.json is not valid JSON; expected an array of 2 entries, one per paper',
    );
    expect(() => readCompanionFile('{"abstracts": []}', 'x.json', 2)).toThrow(
      'companion file x.json holds an object; expected an array of 2 entries, one per paper',
    );
  });

  it('names the first entry that does not fit, counting from 1, and what it should be', () => {
    expect(() => readCompanionFile('["a", null, 3]', 'x.json', 3)).toThrow(
      'companion file x.json: entry 2 is null; expected a string or an object of details',
    );
    expect(() => readCompanionFile('["a", "b", 3]', 'x.json', 3)).toThrow(
      'companion file x.json: entry 3 is the number 3; expected a string or an object of details',
    );
    expect(() => readCompanionFile('["a", {"similar": [1]}]', 'x.json', 2)).toThrow(
      'companion file x.json: entry 2 has a similar that is not an array of paper ids',
    );
    expect(() => readCompanionFile('[{"abstract": "a", "title": "T"}]', 'x.json', 1)).toThrow(
      'companion file x.json: entry 1 has an unknown key "title"; expected abstract, themeEvidence, similar or similarScores',
    );
    expect(() =>
      readCompanionFile('[{"themeEvidence": {"rl": [{"term": "x"}]}}]', 'x.json', 1),
    ).toThrow(
      'companion file x.json: entry 1 has a themeEvidence that is not theme ids mapped to lists of {term, field, weight}',
    );
    expect(() => readCompanionFile('[{"__proto__": "x"}]', 'x.json', 1)).toThrow(
      'entry 1 has an unknown key "__proto__"',
    );
  });
});
