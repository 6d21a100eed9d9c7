import type { Paper, ValidationWarning } from '../types';
import { ParseError } from './errors';
import { latexToPlain } from './latex';
import { extractLinks, isSafeHttpUrl } from './links';
import type { ParseResult } from './ranked-list';
import { FIELDS, type ColumnMapping } from './columns';
import { MAX_PAPERS } from './detect';

export { MAX_INPUT_CHARS, MAX_PAPERS } from './detect';

export { FIELDS, guessMapping, type ColumnMapping, type FieldName } from './columns';

/** Rows read from a tabular input, before the columns are mapped to fields. */
export interface RecordTable {
  columns: string[];
  rows: Record<string, string>[];
  /** The line (CSV, TSV) or record (JSON) number of each row, for messages. */
  lines: number[];
  unit: 'line' | 'record';
  /** Problems found while reading the rows (e.g. a record that is not an object). */
  warnings: ValidationWarning[];
}

/** One paper as read from a source, before ranks, ids and checks. */
export interface PaperCandidate {
  line: number;
  title?: string | undefined;
  abstract?: string | undefined;
  citations?: string | number | undefined;
  year?: string | number | undefined;
  authors?: string | string[] | undefined;
  venue?: string | undefined;
  url?: string | undefined;
  rank?: string | number | undefined;
}

/** Longer titles or abstracts mean a mis-read file (wrong delimiter, unclosed quote). */
const MAX_TITLE = 2_000;
const MAX_ABSTRACT = 50_000;

/** Maps a table's rows to papers with the chosen columns (see {@link buildPapers}). */
export function tableToPapers(
  table: RecordTable,
  mapping: ColumnMapping,
  name: string,
  source?: string,
): ParseResult {
  if (!mapping.title) {
    throw new ParseError(
      `no column is mapped to the title; the columns are ${table.columns.map((c) => `"${c}"`).join(', ')}`,
      1,
      source,
    );
  }
  const candidates = table.rows.map((row, i): PaperCandidate => {
    const candidate: PaperCandidate = { line: table.lines[i] ?? i + 1 };
    for (const field of FIELDS) {
      const column = mapping[field];
      if (column !== undefined) candidate[field] = row[column];
    }
    return candidate;
  });
  const result = buildPapers(candidates, name, source, table.unit);
  return { ...result, warnings: [...table.warnings, ...result.warnings] };
}

/** Parses "12,345", "12 345" or "1.2k" to a count; null when the text is not a count. */
export function parseCount(value: string | number | undefined): number | null {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0 ? Math.round(value) : null;
  const text = (value ?? '').trim().replace(/[\s\u00a0\u202f,_']/g, '');
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text);
  if (!match) return null;
  const scale = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]!] ?? 1;
  return Math.round(Number(match[1]) * scale);
}

/** The first plausible four-digit year in a value ("2021", "2021-05-01", "May 2021"). */
export function parseYear(value: string | number | undefined): number | null {
  const match = /(?:^|\D)(1[5-9]\d\d|20\d\d|2100)(?:\D|$)/.exec(String(value ?? ''));
  return match ? Number(match[1]) : null;
}

/** Splits an author list on ";", " and " or "|" (or "," when no name looks like "Last, First"). */
export function splitAuthors(value: string | string[] | undefined): string[] {
  if (Array.isArray(value)) return value.map((a) => a.trim()).filter(Boolean);
  const text = (value ?? '').trim();
  if (!text) return [];
  let parts = text.split(/\s*;\s*|\s+and\s+|\s*\|\s*/);
  if (parts.length === 1 && (text.match(/,/g) ?? []).length > 1) parts = text.split(/\s*,\s*/);
  return parts.map((a) => a.trim()).filter((a) => a && a !== 'others');
}

/** A DOI or URL as an http(s) link, or null when it is neither (javascript:, data:, ...). */
export function toHttpUrl(value: string | undefined): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  const doi = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S+)$/i.exec(text);
  if (doi) return `https://doi.org/${doi[1]}`;
  return isSafeHttpUrl(text) ? text : null;
}

/** A key under which two spellings of one title compare equal. */
export function titleKey(title: string): string {
  return latexToPlain(title)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Turns read candidates into papers: skips those without a title, counts missing citations as
 * 0, reports duplicates, and gives ranks (the source's, or the order) and unique ids.
 */
export function buildPapers(
  candidates: readonly PaperCandidate[],
  name: string,
  source?: string,
  unit: 'line' | 'record' = 'line',
): ParseResult {
  const warnings: ValidationWarning[] = [];
  const papers: Paper[] = [];
  const seenTitles = new Map<string, number>();
  const seenIds = new Set<string>();
  const where = (line: number) => `${unit} ${line}`;
  for (const c of candidates) {
    const title = (c.title ?? '').replace(/\s+/g, ' ').trim();
    if (!title) {
      warnings.push({
        line: c.line,
        kind: 'skipped',
        message: `${where(c.line)} skipped: it has no title`,
      });
      continue;
    }
    if (title.length > MAX_TITLE) {
      const hint = unit === 'line' ? ' (is the delimiter or the quoting right?)' : '';
      warnings.push({
        line: c.line,
        kind: 'skipped',
        message: `${where(c.line)} skipped: its title is ${title.length.toLocaleString('en')} characters long${hint}`,
      });
      continue;
    }
    if (papers.length >= MAX_PAPERS) {
      throw new ParseError(
        `more than ${MAX_PAPERS.toLocaleString('en')} papers; paperscope takes at most that many`,
        c.line,
        source,
        unit,
      );
    }
    let abstract = (c.abstract ?? '').replace(/\r\n?/g, '\n').trim();
    if (abstract.length > MAX_ABSTRACT) {
      warnings.push({
        line: c.line,
        kind: 'other',
        message: `${where(c.line)} has an abstract of ${abstract.length.toLocaleString('en')} characters; only the first ${MAX_ABSTRACT.toLocaleString('en')} are kept`,
      });
      abstract = abstract.slice(0, MAX_ABSTRACT);
    }
    if (!abstract)
      warnings.push({
        line: c.line,
        kind: 'missing-field',
        message: `${where(c.line)} has no abstract`,
      });
    const rawCitations = typeof c.citations === 'string' ? c.citations.trim() : c.citations;
    let citations = parseCount(rawCitations);
    if (citations === null) {
      const why =
        rawCitations === undefined || rawCitations === ''
          ? 'has no citation count'
          : `has "${String(rawCitations).slice(0, 30)}" as its citation count`;
      warnings.push({
        line: c.line,
        kind: 'missing-field',
        message: `${where(c.line)} ${why}; counted as 0`,
      });
      citations = 0;
    }
    const key = titleKey(title);
    const dupOf = seenTitles.get(key);
    if (dupOf !== undefined) {
      warnings.push({
        line: c.line,
        kind: 'duplicate',
        message: `${where(c.line)} repeats the title at ${where(dupOf)}`,
      });
    } else seenTitles.set(key, c.line);

    const givenRank = parseCount(c.rank);
    const rank = givenRank !== null && givenRank > 0 ? givenRank : papers.length + 1;
    let id = String(rank);
    for (let k = 2; seenIds.has(id); k++) id = `${rank}-${k}`;
    seenIds.add(id);

    const links = extractLinks(abstract);
    const url = toHttpUrl(c.url);
    if (url && !links.urls.includes(url) && links.github !== url) {
      if (links.github === null && /^https?:\/\/(www\.)?github\.com\//i.test(url))
        links.github = url;
      else links.urls.unshift(url);
    }
    const paper: Paper = { id, rank, title, citations, abstract, ...links };
    const year = parseYear(c.year);
    if (year !== null) paper.year = year;
    const authors = splitAuthors(c.authors);
    if (authors.length > 0) paper.authors = authors;
    const venue = (c.venue ?? '').trim();
    if (venue) paper.venue = venue;
    papers.push(paper);
  }
  if (papers.length === 0) {
    const first = warnings.find((w) => w.kind === 'skipped');
    const detail =
      candidates.length === 0 || !first
        ? 'there are no papers in it'
        : `none of its ${candidates.length.toLocaleString('en')} ${unit === 'line' ? 'rows' : 'records'} can be used (${first.message})`;
    throw new ParseError(
      `${detail}; expected at least one paper with a title`,
      first?.line ?? candidates[0]?.line ?? 1,
      source,
      unit,
    );
  }
  return { name, papers, warnings };
}
