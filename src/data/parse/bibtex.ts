// A small BibTeX reader. Hand-written because the maintained parsers are far too heavy for a
// browser chunk (@retorquere/bibtex-parser pulls in an NLP model and unified-latex) or are
// unmaintained and report no line numbers; this one reports the line of every problem.
import type { ValidationWarning } from '../types';
import { ParseError } from './errors';
import { latexToPlain } from './latex';
import type { ParseResult } from './ranked-list';
import { buildPapers, type PaperCandidate } from './records';

/** One `@type{key, field = value, ...}` entry with its fields' raw (LaTeX) text. */
export interface BibEntry {
  type: string;
  key: string;
  /** 1-based line of the `@`. */
  line: number;
  fields: Record<string, string>;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads every entry; `@comment`, `@preamble` and text between entries are skipped. */
export function parseBibtexEntries(
  text: string,
  source?: string,
): { entries: BibEntry[]; warnings: ValidationWarning[] } {
  if (text.includes('\u0000'))
    throw new ParseError('this is a binary file, not BibTeX text', 1, source);
  const newlines: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines.push(i);
  const lineOf = (pos: number) => {
    let lo = 0;
    let hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const fail = (message: string, pos: number): never => {
    throw new ParseError(message, lineOf(pos), source);
  };
  const macros = new Map<string, string>(MONTHS.map((m, i) => [m, String(i + 1)]));
  const entries: BibEntry[] = [];
  const warnings: ValidationWarning[] = [];
  let pos = 0;

  const skipSpace = () => {
    while (pos < text.length && /\s/.test(text[pos]!)) pos++;
  };
  /** Reads a `{...}` group at `pos` (on the `{`); returns its inside. */
  const braced = (what: string): string => {
    const start = pos;
    let depth = 0;
    for (; pos < text.length; pos++) {
      const ch = text[pos];
      if (ch === '\\') pos++;
      else if (ch === '{') depth++;
      else if (ch === '}' && --depth === 0) return text.slice(start + 1, pos++);
      else if (ch === '\n' && /^\s*@[a-zA-Z]+\s*[{(]/.test(text.slice(pos + 1, pos + 40))) {
        fail(
          `${what} is not closed before the next entry on line ${lineOf(pos + 1)}: unbalanced braces, expected "}"`,
          start,
        );
      }
    }
    return fail(
      `${what} is not closed by the end of the file: unbalanced braces, expected "}"`,
      start,
    );
  };
  const quoted = (what: string): string => {
    const start = pos++;
    let depth = 0;
    for (; pos < text.length; pos++) {
      const ch = text[pos];
      if (ch === '\\') pos++;
      else if (ch === '{') depth++;
      else if (ch === '}') depth--;
      else if (ch === '"' && depth <= 0) return text.slice(start + 1, pos++);
    }
    return fail(`${what} is not closed by the end of the file: expected a closing "`, start);
  };
  const value = (what: string): string => {
    let out = '';
    for (;;) {
      skipSpace();
      const ch = text[pos];
      if (ch === '{') out += braced(what);
      else if (ch === '"') out += quoted(what);
      else {
        const word = /^[^\s,#={}()"]+/.exec(text.slice(pos, pos + 200));
        if (!word) return fail(`expected a value for ${what} ({...}, "..." or a number)`, pos);
        pos += word[0].length;
        out += /^\d+$/.test(word[0]) ? word[0] : (macros.get(word[0].toLowerCase()) ?? word[0]);
      }
      skipSpace();
      if (text[pos] !== '#') return out;
      pos++;
    }
  };

  while (pos < text.length) {
    const at = text.indexOf('@', pos);
    if (at < 0) break;
    pos = at + 1;
    const typeMatch = /^[a-zA-Z]+/.exec(text.slice(pos, pos + 40));
    if (!typeMatch) continue;
    pos += typeMatch[0].length;
    skipSpace();
    const open = text[pos];
    if (open !== '{' && open !== '(') continue; // an "@" in text between entries
    const type = typeMatch[0].toLowerCase();
    const close = open === '{' ? '}' : ')';
    if (type === 'comment' || type === 'preamble') {
      if (open === '{') braced(`the @${type} on line ${lineOf(at)}`);
      else pos = Math.max(pos + 1, text.indexOf(')', pos) + 1 || text.length);
      continue;
    }
    pos++;
    let key = '';
    if (type !== 'string') {
      const keyMatch = /^[^,\s{}()]*/.exec(text.slice(pos, pos + 500))!;
      key = keyMatch[0];
      pos += key.length;
      skipSpace();
      if (text[pos] === ',') pos++;
      else if (text[pos] !== close)
        fail(`expected "," after the key "${key}" of the @${type} entry`, pos);
    }
    const fields: Record<string, string> = {};
    const label = key ? `entry "${key}"` : `the @${type} entry on line ${lineOf(at)}`;
    for (;;) {
      skipSpace();
      if (pos >= text.length)
        fail(
          `${label} is not closed by the end of the file: unbalanced braces, expected "${close}"`,
          at,
        );
      if (text[pos] === close) {
        pos++;
        break;
      }
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (
        text[pos] === '@' &&
        /\n[ \t]*$/.test(text.slice(pos - 40, pos)) &&
        /^@[a-zA-Z]+\s*[{(]/.test(text.slice(pos, pos + 40))
      ) {
        fail(
          `${label} is not closed before the next entry on line ${lineOf(pos)}: unbalanced braces, expected "${close}"`,
          at,
        );
      }
      const nameMatch = /^[^\s=,{}()"#]+/.exec(text.slice(pos, pos + 100));
      if (!nameMatch)
        fail(
          `expected a field name or "${close}" in ${label}, found "${text.slice(pos, pos + 20)}"`,
          pos,
        );
      const name = nameMatch![0].toLowerCase();
      pos += nameMatch![0].length;
      skipSpace();
      if (text[pos] !== '=') fail(`expected "=" after the field "${name}" of ${label}`, pos);
      pos++;
      fields[name] = value(`the field "${name}" of ${label}`).replace(/\s+/g, ' ').trim();
    }
    if (type === 'string') {
      for (const [name, v] of Object.entries(fields)) macros.set(name, v);
      continue;
    }
    if (type === 'proceedings') {
      // A volume (e.g. the first entry of a proceedings export), not a paper in it.
      warnings.push({
        line: lineOf(at),
        kind: 'skipped',
        message: `line ${lineOf(at)} skipped: @proceedings "${key}" is a volume, not a paper`,
      });
      continue;
    }
    entries.push({ type, key, line: lineOf(at), fields });
  }
  return { entries, warnings };
}

/** Splits a BibTeX author list on top-level " and ", turning "Last, First" into "First Last". */
export function bibAuthors(raw: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === '{') depth++;
    else if (raw[i] === '}') depth--;
    else if (depth === 0 && /^\sand\s/i.test(raw.slice(i, i + 5))) {
      names.push(raw.slice(start, i));
      start = i + 5;
    }
  }
  names.push(raw.slice(start));
  return names
    .map((n) => n.trim())
    .filter((n) => n && n.toLowerCase() !== 'others')
    .map((n) => {
      const parts = n.split(/\s*,\s*/);
      const ordered = parts.length >= 2 ? `${parts.slice(1).join(' ')} ${parts[0]}` : n;
      return latexToPlain(ordered).replace(/\s+/g, ' ').trim();
    });
}

const CITATION_FIELDS = [
  'citations',
  'citation-count',
  'citationcount',
  'times-cited',
  'timescited',
  'cited-by',
  'citedby',
  'cited',
];
const VENUE_FIELDS = [
  'booktitle',
  'journal',
  'journaltitle',
  'eventtitle',
  'series',
  'publisher',
  'howpublished',
  'school',
  'institution',
];

/** Parses BibTeX into papers: title, abstract, authors, year, venue, url/doi/arXiv, citations if any. */
export function parseBibtex(
  text: string,
  options: { source?: string; name?: string } = {},
): ParseResult {
  const { entries, warnings } = parseBibtexEntries(text.replace(/^\uFEFF/, ''), options.source);
  if (entries.length === 0) {
    throw new ParseError(
      'no BibTeX entries found; expected entries like @article{key, title = {...}}',
      1,
      options.source,
    );
  }
  const keys = new Map<string, number>();
  const candidates = entries.map((e): PaperCandidate => {
    const f = e.fields;
    const seen = keys.get(e.key);
    if (e.key && seen !== undefined) {
      warnings.push({
        line: e.line,
        kind: 'duplicate',
        message: `line ${e.line}: the key "${e.key}" was already used on line ${seen}`,
      });
    } else keys.set(e.key, e.line);
    const citationField = CITATION_FIELDS.find((name) => f[name] !== undefined);
    const noted = /cited by:?\s*([\d,]+)/i.exec(`${f.note ?? ''} ${f.annote ?? ''}`);
    const venue = VENUE_FIELDS.map((name) => f[name]).find(Boolean);
    const arxiv =
      f.eprint && /arxiv/i.test(`${f.archiveprefix ?? ''}${f.eprinttype ?? ''}`)
        ? `https://arxiv.org/abs/${f.eprint}`
        : undefined;
    return {
      line: e.line,
      title: f.title === undefined ? undefined : latexToPlain(f.title),
      abstract: f.abstract,
      citations: citationField ? f[citationField] : noted?.[1],
      year: f.year ?? f.date,
      authors: f.author ? bibAuthors(f.author) : undefined,
      venue: venue ? latexToPlain(venue) : undefined,
      url: f.url ?? f.doi ?? arxiv,
    };
  });
  const result = buildPapers(candidates, options.name ?? 'Imported BibTeX', options.source, 'line');
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
