import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ParseError } from '../../../src/data/parse/errors';
import { nameFromSource, readInput, stageInput } from '../../../src/data/parse/read-input';

const SEED = readFileSync(
  fileURLToPath(new URL('../../../data/best-nlp-papers-2025.txt', import.meta.url)),
  'utf8',
);

describe('readInput(text, source) over every format', () => {
  it('reads the seed ranked list', () => {
    const result = readInput(SEED, 'best.txt');
    expect(result.papers).toHaveLength(100);
  });

  it('reads CSV, TSV, BibTeX and JSON records with the file name as the list name', () => {
    expect(readInput('title,citations\nA,3\nB,2\n', 'top cited.csv')).toMatchObject({
      name: 'top cited',
      papers: [{ title: 'A', citations: 3 }, { title: 'B' }],
    });
    expect(readInput('title\tyear\nA\t2020\n', 'x.tsv').papers[0]).toMatchObject({
      title: 'A',
      year: 2020,
    });
    expect(readInput('@article{k, title={T}, year=2001}', 'p.bib').papers[0]).toMatchObject({
      title: 'T',
      year: 2001,
    });
    expect(readInput('[{"title": "J", "citations": 4}]', 'j.json').papers[0]).toMatchObject({
      title: 'J',
      citations: 4,
    });
    expect(readInput('{"name": "Mine", "items": [{"title": "J"}]}', 'j.json').name).toBe('Mine');
  });

  it('keeps a whole interchange dataset with its analysis', () => {
    const dataset = {
      name: 'D',
      papers: [
        {
          id: 'a',
          rank: 1,
          title: 'T',
          citations: 1,
          abstract: '',
          github: null,
          urls: [],
          cluster: 0,
          x: 0,
          y: 0,
        },
      ],
      themes: [],
      clusters: [],
    };
    const result = readInput(JSON.stringify(dataset), 'd.json');
    expect(result.dataset?.papers[0]?.cluster).toBe(0);
    expect(result.warnings).toEqual([]);

    // A companion abstracts file is kept (a `?data=` link reads it) and named in a warning.
    const split = readInput(
      JSON.stringify({ ...dataset, abstracts: 'd.abstracts.json' }),
      'd.json',
    );
    expect(split.dataset?.abstracts).toBe('d.abstracts.json');
    expect(split.warnings).toEqual([
      {
        kind: 'other',
        message:
          'the abstracts and details (theme evidence, similar papers) are in a separate file (d.abstracts.json), which is read only when the dataset is opened by link (?data=<url>); the papers come without them',
      },
    ]);
  });

  it('stops tabular input at a table with a guessed mapping', () => {
    const staged = stageInput('Title,Cited by\nA,1\n', 'x.csv');
    expect(staged).toMatchObject({
      kind: 'table',
      format: 'csv',
      name: 'x',
      mapping: { title: 'Title', citations: 'Cited by' },
    });
  });

  it('fails with a ParseError on hostile input: empty, binary, header only, one 10 MB line', () => {
    expect(() => readInput('', 'e.csv')).toThrow(ParseError);
    expect(() => readInput('\u0000\u0001PK\u0003\u0004', 'a.zip')).toThrow(/binary/);
    expect(() => readInput('title,abstract\n', 'h.csv')).toThrow(/no rows after the header/);
    const started = performance.now();
    expect(() => readInput('x'.repeat(10 * 1024 * 1024), 'long.txt')).toThrow(ParseError);
    expect(() => readInput(`title,abstract\n${'y'.repeat(10 * 1024 * 1024)}`, 'long.csv')).toThrow(
      ParseError,
    );
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('nameFromSource drops folders and the extension', () => {
    expect(nameFromSource('a/b/My list.bib')).toBe('My list');
    expect(nameFromSource(undefined)).toBe('Imported list');
  });
});
