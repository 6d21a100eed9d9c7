import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseBibtex } from '../../../src/data/parse/bibtex';
import { readDelimited } from '../../../src/data/parse/csv';
import { ParseError } from '../../../src/data/parse/errors';
import { readInput } from '../../../src/data/parse/read-input';
import { guessMapping, tableToPapers } from '../../../src/data/parse/records';

/** Runs `fn` and fails on anything thrown that is not a ParseError. */
function onlyParseErrors(fn: () => unknown): boolean {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ParseError)) throw error;
  }
  return true;
}

const NAMES = ['x.csv', 'x.tsv', 'x.bib', 'x.json', 'x.txt', undefined];
const FRAGMENTS = [
  '@article{',
  '}',
  '{',
  '"',
  ',',
  '\t',
  '\n',
  '\r\n',
  '=',
  '#',
  '[',
  ']',
  '1. ',
  ' citations',
  'title',
  '\\"o',
  '\u0000',
  '\uFEFF',
  '@string{a="b"}',
];
const hostile = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(...FRAGMENTS)), { maxLength: 40 })
  .map((parts) => parts.join(''));

describe('parsers never throw anything but ParseError', () => {
  it('readInput(text, name) on arbitrary and structured-looking text', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom(...NAMES), (text, name) =>
        onlyParseErrors(() => readInput(text, name)),
      ),
      { numRuns: 600, seed: 11 },
    );
  });

  it('parseBibtex on near-BibTeX text', () => {
    fc.assert(
      fc.property(hostile, (text) =>
        onlyParseErrors(() => parseBibtex(`@misc{k, title = {${text}}}\n${text}`)),
      ),
      { numRuns: 400, seed: 12 },
    );
  });
});

const cell = fc
  .string({ minLength: 1, maxLength: 30 })
  .filter((s) => s.trim() !== '' && !s.includes('\u0000'));
const row = fc.record({
  title: cell,
  abstract: fc.string({ maxLength: 60 }).filter((s) => !s.includes('\u0000')),
  citations: fc.nat(1_000_000),
});

describe('round trips', () => {
  it('papers written as CSV (papaparse.unparse) read back with the same titles, abstracts and counts', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(',', '\t'),
        (rows, delimiter) => {
          const text = Papa.unparse(rows, { delimiter, newline: '\n' });
          const table = readDelimited(text, { delimiter });
          const papers = tableToPapers(table, guessMapping(table.columns), 'x').papers;
          expect(papers.map((p) => p.title)).toEqual(
            rows.map((r) => r.title.replace(/\s+/g, ' ').trim()),
          );
          expect(papers.map((p) => p.abstract)).toEqual(
            rows.map((r) => r.abstract.replace(/\r\n?/g, '\n').trim()),
          );
          expect(papers.map((p) => p.citations)).toEqual(rows.map((r) => r.citations));
        },
      ),
      { numRuns: 200, seed: 13 },
    );
  });

  it('BibTeX written from plain titles and years reads back the same', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 :?]{0,20}[A-Za-z0-9]$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            title: word,
            year: fc.integer({ min: 1900, max: 2100 }),
            citations: fc.nat(99_999),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (entries) => {
          const text = entries
            .map(
              (e, i) =>
                `@article{k${i},\n  title = {${e.title}},\n  year = ${e.year},\n  citations = {${e.citations}}\n}`,
            )
            .join('\n\n');
          const papers = parseBibtex(text).papers;
          expect(papers.map((p) => [p.title, p.year, p.citations])).toEqual(
            entries.map((e) => [e.title.replace(/\s+/g, ' '), e.year, e.citations]),
          );
        },
      ),
      { numRuns: 200, seed: 14 },
    );
  });
});
