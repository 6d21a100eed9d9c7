import { describe, expect, it } from 'vitest';
import { readAbstractsFile } from '../../../src/data/parse/abstracts-file';

describe('readAbstractsFile', () => {
  it('readAbstractsFile(text, source, n) returns the n strings in order (a BOM is ignored)', () => {
    expect(readAbstractsFile('\uFEFF["first", "", "third"]', 'a.json', 3)).toEqual([
      'first',
      '',
      'third',
    ]);
  });

  it('names the file, the count it has and the count expected when the lengths differ', () => {
    const text = JSON.stringify(Array.from({ length: 9998 }, () => 'x'));
    expect(() => readAbstractsFile(text, 'x.json', 10_000)).toThrow(
      'abstracts file x.json has 9,998 entries; expected 10,000, one per paper',
    );
    expect(() => readAbstractsFile('["a"]', 'x.json', 2)).toThrow(
      'abstracts file x.json has 1 entry; expected 2, one per paper',
    );
  });

  it('refuses text that is not JSON, or JSON that is not an array, saying what was expected', () => {
    expect(() => readAbstractsFile('<html>', 'x.json', 2)).toThrow(
      'abstracts file x.json is not valid JSON; expected an array of 2 strings, one per paper',
    );
    expect(() => readAbstractsFile('{"abstracts": []}', 'x.json', 2)).toThrow(
      'abstracts file x.json holds an object; expected an array of 2 strings, one per paper',
    );
  });

  it('names the first entry that is not a string, counting from 1', () => {
    expect(() => readAbstractsFile('["a", null, 3]', 'x.json', 3)).toThrow(
      'abstracts file x.json: entry 2 is null; expected a string',
    );
    expect(() => readAbstractsFile('["a", "b", 3]', 'x.json', 3)).toThrow(
      'abstracts file x.json: entry 3 is the number 3; expected a string',
    );
  });
});
