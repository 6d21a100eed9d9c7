import { describe, expect, it } from 'vitest';
import { ParseError } from '../../../src/data/parse/errors';
import { classifyJson, parseJsonText, recordsTable } from '../../../src/data/parse/json-records';
import { guessMapping, tableToPapers } from '../../../src/data/parse/records';

describe('classifyJson(value)', () => {
  it('recognises the interchange format', () => {
    const value = {
      name: 'x',
      papers: [
        { id: '1', rank: 1, title: 't', citations: 1, abstract: '', github: null, urls: [] },
      ],
    };
    expect(classifyJson(value)).toEqual({ kind: 'dataset', value, name: 'x' });
  });

  it('turns an array of paper objects (Semantic Scholar, CSL shapes) into a mappable table', () => {
    const input = classifyJson({
      data: [
        {
          title: 'A',
          abstract: 'x',
          citationCount: 5,
          year: 2020,
          authors: [{ authorId: '1', name: 'Ann' }, { name: 'Bo' }],
          venue: 'ACL',
          url: 'https://a.org',
        },
        {
          title: 'B',
          author: [{ given: 'C', family: 'D' }],
          issued: { 'date-parts': [[2019, 4]] },
        },
        'not an object',
      ],
    });
    expect(input.kind).toBe('records');
    if (input.kind !== 'records') return;
    const { table } = input;
    expect(table.columns).toEqual([
      'title',
      'abstract',
      'citationCount',
      'year',
      'authors',
      'venue',
      'url',
      'author',
      'issued',
    ]);
    expect(table.rows[0]!.authors).toBe('Ann; Bo');
    expect(table.rows[1]!.issued).toBe('2019');
    expect(table.warnings).toEqual([expect.objectContaining({ kind: 'skipped', line: 3 })]);
    const result = tableToPapers(table, guessMapping(table.columns), 'x');
    expect(result.papers[0]).toMatchObject({
      title: 'A',
      citations: 5,
      year: 2020,
      authors: ['Ann', 'Bo'],
    });
    expect(result.papers[1]).toMatchObject({ title: 'B' });
    expect(result.papers[1]!.year).toBeUndefined();
  });

  it('rejects JSON that holds no list of papers', () => {
    expect(() => classifyJson({ hello: 1 })).toThrow(ParseError);
    expect(() => classifyJson(42)).toThrow(/expected a paperscope dataset/);
  });
});

describe('parseJsonText(text)', () => {
  it('names the line of a syntax error', () => {
    try {
      parseJsonText('[\n{"title": "a"},\n{"title": }\n]', 'list.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).line).toBe(3);
      expect((error as ParseError).message).toMatch(/^list\.json, line 3: not valid JSON/);
    }
  });

  it('recordsTable keeps record numbers', () => {
    expect(recordsTable([{ a: 1 }, null, { a: 2 }]).lines).toEqual([1, 3]);
  });
});

describe('real-world JSON shapes', () => {
  it('reads JSON Lines and names the line of a broken one', () => {
    expect(parseJsonText('{"title": "A"}\n{"title": "B"}\n')).toEqual([
      { title: 'A' },
      { title: 'B' },
    ]);
    expect(() => parseJsonText('{"title": "A"}\n{"title": \n{"title": "C"}', 'dump.jsonl')).toThrow(
      /^dump\.jsonl, line 2: not valid JSON Lines/,
    );
  });

  it('reads OpenAlex works: display names, nested venue and inverted-index abstracts', () => {
    const work = {
      id: 'https://openalex.org/W1',
      doi: 'https://doi.org/10.1/x',
      title: 'Attention',
      publication_year: 2017,
      cited_by_count: 100,
      authorships: [
        { author: { display_name: 'Ashish Vaswani' } },
        { author: { display_name: 'Noam Shazeer' } },
      ],
      primary_location: { source: { display_name: 'NeurIPS' } },
      abstract_inverted_index: { The: [0], dominant: [1], models: [2, 4], and: [3] },
    };
    const input = classifyJson({ results: [work] });
    if (input.kind !== 'records') throw new Error('expected records');
    const paper = tableToPapers(input.table, guessMapping(input.table.columns), 'x').papers[0];
    expect(paper).toMatchObject({
      title: 'Attention',
      year: 2017,
      citations: 100,
      authors: ['Ashish Vaswani', 'Noam Shazeer'],
      venue: 'NeurIPS',
      abstract: 'The dominant models and models',
      urls: ['https://doi.org/10.1/x'],
    });
  });
});
