import { describe, expect, it } from 'vitest';
import { readDelimited, guessDelimiter } from '../../../src/data/parse/csv';
import { ParseError } from '../../../src/data/parse/errors';
import { guessMapping, tableToPapers } from '../../../src/data/parse/records';

const CSV = [
  'Title,Abstract,Cited by,Year,Authors,Source title,DOI',
  '"Attention, again",We study attention.,"1,234",2017,Ada Lovelace; Alan Turing,NeurIPS,10.1000/xyz',
  '"A ""quoted"" title","First line',
  'second line of the abstract",12,2020,Grace Hopper,ACL,https://example.org/a',
  ',No title here,5,2019,,,',
  'Attention again,Duplicate title.,,2018,,,javascript:alert(1)',
].join('\n');

describe('readDelimited(text)', () => {
  it('reads a header, quoted commas, escaped quotes and quoted newlines, with line numbers', () => {
    const table = readDelimited(CSV, { source: 'top.csv' });
    expect(table.columns).toEqual([
      'Title',
      'Abstract',
      'Cited by',
      'Year',
      'Authors',
      'Source title',
      'DOI',
    ]);
    expect(table.rows).toHaveLength(4);
    expect(table.rows[1]!.Title).toBe('A "quoted" title');
    expect(table.rows[1]!.Abstract).toBe('First line\nsecond line of the abstract');
    expect(table.lines).toEqual([2, 3, 5, 6]);
  });

  it('reads TSV and guesses the delimiter from the header', () => {
    expect(guessDelimiter('a\tb\tc\n1\t2\t3')).toBe('\t');
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    const table = readDelimited('title\tcitations\nA paper\t3\n', {});
    expect(table.rows).toEqual([{ title: 'A paper', citations: '3' }]);
  });

  it('throws a ParseError naming the line of an unclosed quote', () => {
    const bad = 'title,abstract\nok,fine\n"broken,never closed\nmore,text\n';
    expect(() => readDelimited(bad, { source: 'bad.csv' })).toThrow(ParseError);
    try {
      readDelimited(bad, { source: 'bad.csv' });
    } catch (error) {
      expect((error as ParseError).line).toBe(3);
      expect((error as ParseError).message).toMatch(/^bad\.csv, line 3: .*quoted field/);
    }
  });

  it('rejects empty and binary input with a ParseError', () => {
    expect(() => readDelimited('')).toThrow(/empty/);
    expect(() => readDelimited('  \n\n')).toThrow(ParseError);
    expect(() => readDelimited('a,b\u0000c')).toThrow(/binary/);
  });

  it('warns about rows with more fields than the header', () => {
    const table = readDelimited('title,citations\nA,1,extra\n');
    expect(table.warnings).toEqual([expect.objectContaining({ line: 2, kind: 'other' })]);
  });
});

describe('guessMapping(columns) and tableToPapers(table, mapping)', () => {
  it('maps common header names (Scopus, Semantic Scholar style) to fields', () => {
    expect(
      guessMapping(['Title', 'Abstract', 'Cited by', 'Year', 'Authors', 'Source title', 'DOI']),
    ).toEqual({
      title: 'Title',
      abstract: 'Abstract',
      citations: 'Cited by',
      year: 'Year',
      authors: 'Authors',
      venue: 'Source title',
      url: 'DOI',
    });
    expect(guessMapping(['paper_title', 'citationCount', 'venue', 'url', 'doi'])).toMatchObject({
      title: 'paper_title',
      citations: 'citationCount',
      url: 'url',
    });
  });

  it('skips untitled rows, counts missing citations as 0, reports duplicates, keeps only http(s) links', () => {
    const table = readDelimited(CSV, { source: 'top.csv' });
    const result = tableToPapers(table, guessMapping(table.columns), 'top', 'top.csv');
    expect(result.papers.map((p) => p.title)).toEqual([
      'Attention, again',
      'A "quoted" title',
      'Attention again',
    ]);
    expect(result.papers[0]).toMatchObject({
      rank: 1,
      id: '1',
      citations: 1234,
      year: 2017,
      authors: ['Ada Lovelace', 'Alan Turing'],
      venue: 'NeurIPS',
      urls: ['https://doi.org/10.1000/xyz'],
    });
    expect(result.papers[2]!.citations).toBe(0);
    expect(result.papers[2]!.urls).toEqual([]);
    const kinds = result.warnings.map((w) => [w.kind, w.line]);
    expect(kinds).toContainEqual(['skipped', 5]);
    expect(kinds).toContainEqual(['duplicate', 6]);
    expect(kinds).toContainEqual(['missing-field', 6]);
  });

  it('fails clearly when no column is the title', () => {
    const table = readDelimited('name of thing,count\nA,1\n');
    expect(() => tableToPapers(table, {}, 'x', 'x.csv')).toThrow(
      /no column is mapped to the title; the columns are "name of thing", "count"/,
    );
  });
});
