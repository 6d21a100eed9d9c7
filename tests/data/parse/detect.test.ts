import { describe, expect, it } from 'vitest';
import { checkInputText, detectFormat } from '../../../src/data/parse/detect';
import { ParseError } from '../../../src/data/parse/errors';

describe('detectFormat(text, fileName)', () => {
  it('detects each format from content', () => {
    expect(detectFormat('  [{"title": "x"}]')).toBe('json');
    expect(detectFormat('% comment\n@article{a, title={x}}')).toBe('bibtex');
    expect(detectFormat('title\tabstract\nA\tB\n')).toBe('tsv');
    expect(detectFormat('title,abstract\nA,B\n')).toBe('csv');
    expect(detectFormat('Best papers\n\n1. A title\n\n12 citations\n\nAbstract.')).toBe(
      'ranked-list',
    );
  });

  it('trusts telling extensions, but JSON content wins', () => {
    expect(detectFormat('title;year\nA;2020', 'x.txt')).toBe('csv');
    expect(detectFormat('a b c', 'refs.bib')).toBe('bibtex');
    expect(detectFormat('title\tx', 'a.tsv')).toBe('tsv');
    expect(detectFormat('{"name": "x"}', 'a.csv')).toBe('json');
  });
});

describe('checkInputText(text)', () => {
  it('rejects empty, binary and UTF-16-read-as-UTF-8 input', () => {
    expect(() => checkInputText('', 'e.csv')).toThrow(/e\.csv, line 1: the file is empty/);
    expect(() => checkInputText('%PDF-1.4\n\u0000\u0001\u0002binary')).toThrow(/binary/);
    expect(() => checkInputText('t\u0000i\u0000t\u0000l\u0000e\u0000')).toThrow(ParseError);
    expect(() => checkInputText('title,abstract\nA,B')).not.toThrow();
  });
});
