import type { Paper, ValidationWarning } from '../types';
import { ParseError } from './errors';
import { latexToPlain } from './latex';
import { extractLinks } from './links';

/** What a parser gives: the list's name, its papers and what looked wrong but was kept. */
export interface ParseResult {
  name: string;
  papers: Paper[];
  warnings: ValidationWarning[];
}

export interface ParseOptions {
  /** The file name, used in error messages. */
  source?: string;
}

const ENTRY = /^(\d+)\.\s+(\S.*)$/;
const CITATIONS = /^(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+)\s+citations?\.?$/i;

/** Parses a citation line ("2 967 citations") to its number, or null when it is not one. */
export function parseCitationLine(line: string): number | null {
  const match = CITATIONS.exec(line.trim());
  return match ? Number(match[1]!.replace(/[^\d]/g, '')) : null;
}

interface Line {
  n: number;
  text: string;
}

/**
 * Parses the ranked-list text format: a header line (the list's name), then entries of
 * `N. Title`, a blank line, `K citations`, a blank line and an abstract.
 */
export function parseRankedList(text: string, options: ParseOptions = {}): ParseResult {
  const fail = (message: string, line?: number): never => {
    throw new ParseError(message, line, options.source);
  };
  if (text.includes('\u0000')) fail('this is a binary file, not a ranked-list text file', 1);
  const lines: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ n: i + 1, text: t.trim() }));
  const content = lines.filter((l) => l.text !== '');
  if (content.length === 0) fail('the file is empty; expected the list name on the first line', 1);

  const warnings: ValidationWarning[] = [];
  let index = lines.indexOf(content[0]!);
  let name = content[0]!.text;
  if (ENTRY.test(name) && nextNonBlank(lines, index + 1, (t) => parseCitationLine(t) !== null)) {
    warnings.push({
      line: 1,
      kind: 'missing-field',
      message: 'no list name before the first entry',
    });
    name = 'Untitled list';
  } else {
    index++;
  }

  const papers: Paper[] = [];
  const seenTitles = new Map<string, number>();
  const seenIds = new Set<string>();
  while (index < lines.length) {
    const first = skipBlank(lines, index);
    if (first >= lines.length) break;
    const header = lines[first]!;
    const entry = ENTRY.exec(header.text);
    if (!entry) {
      const what = papers.length === 0 ? 'the first entry' : 'an entry';
      fail(`expected ${what} as "N. Title", found "${clip(header.text)}"`, header.n);
    }
    const rank = Number(entry![1]);
    const title = entry![2]!.trim();
    let cursor = skipBlank(lines, first + 1);
    let citations = 0;
    const citationLine = lines[cursor];
    const count = citationLine ? parseCitationLine(citationLine.text) : null;
    if (!citationLine) {
      fail(
        `the file ends after the title of entry ${rank}; expected "K citations" (is the file truncated?)`,
        header.n,
      );
    } else if (count === null) {
      if (ENTRY.test(citationLine.text) || /citation/i.test(citationLine.text)) {
        fail(
          `expected "K citations" after the title of entry ${rank}, found "${clip(citationLine.text)}"`,
          citationLine.n,
        );
      }
      warnings.push({
        line: header.n,
        kind: 'missing-field',
        message: `entry ${rank} has no citation count; counted as 0`,
      });
    } else {
      citations = count;
      cursor = skipBlank(lines, cursor + 1);
    }

    // The abstract runs until the next line that starts an entry (a title followed by a count).
    const abstractLines: string[] = [];
    while (cursor < lines.length) {
      const line = lines[cursor]!;
      if (line.text !== '' && ENTRY.test(line.text) && startsEntry(lines, cursor, rank)) break;
      abstractLines.push(line.text);
      cursor++;
    }
    const abstract = abstractLines
      .join('\n')
      .trim()
      .replace(/\n{2,}/g, '\n\n');
    if (!abstract) {
      if (cursor >= lines.length) {
        fail(
          `the file ends before the abstract of entry ${rank} (is the file truncated?)`,
          lines.length,
        );
      }
      warnings.push({
        line: header.n,
        kind: 'missing-field',
        message: `entry ${rank} has no abstract`,
      });
    }

    const titleKey = latexToPlain(title)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const dupOf = seenTitles.get(titleKey);
    if (dupOf !== undefined) {
      warnings.push({
        line: header.n,
        kind: 'duplicate',
        message: `entry ${rank} repeats the title of entry ${dupOf}`,
      });
    } else seenTitles.set(titleKey, rank);
    const previous = papers[papers.length - 1];
    if (previous && rank !== previous.rank + 1) {
      warnings.push({
        line: header.n,
        kind: 'rank-order',
        message: `entry ${rank} follows entry ${previous.rank}; expected ${previous.rank + 1}`,
      });
    } else if (!previous && rank !== 1) {
      warnings.push({
        line: header.n,
        kind: 'rank-order',
        message: `the list starts at rank ${rank}, not 1`,
      });
    }
    if (previous && citations > previous.citations && count !== null) {
      warnings.push({
        line: header.n,
        kind: 'citation-order',
        message: `entry ${rank} has more citations (${citations}) than entry ${previous.rank} above it (${previous.citations})`,
      });
    }

    let id = String(rank);
    for (let k = 2; seenIds.has(id); k++) id = `${rank}-${k}`;
    seenIds.add(id);
    papers.push({ id, rank, title, citations, abstract, ...extractLinks(abstract) });
    index = cursor;
  }
  if (papers.length === 0)
    fail('expected at least one entry as "N. Title" after the list name', content[0]!.n + 1);
  return { name, papers, warnings };
}

function skipBlank(lines: Line[], from: number): number {
  let i = from;
  while (i < lines.length && lines[i]!.text === '') i++;
  return i;
}

function nextNonBlank(lines: Line[], from: number, test: (text: string) => boolean): boolean {
  const i = skipBlank(lines, from);
  return i < lines.length && test(lines[i]!.text);
}

/** An entry line starts an entry when a citation line follows, or when it is the next rank. */
function startsEntry(lines: Line[], at: number, currentRank: number): boolean {
  const previousBlank = at === 0 || lines[at - 1]!.text === '';
  if (!previousBlank) return false;
  if (nextNonBlank(lines, at + 1, (t) => parseCitationLine(t) !== null)) return true;
  return Number(ENTRY.exec(lines[at]!.text)![1]) === currentRank + 1;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
