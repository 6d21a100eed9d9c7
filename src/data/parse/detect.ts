import { ParseError } from './errors';

/** The most papers (and, in characters, the largest input) paperscope takes. */
export const MAX_PAPERS = 100_000;
export const MAX_INPUT_CHARS = 100 * 1024 * 1024;

/** The input formats paperscope reads. */
export type InputFormat = 'json' | 'csv' | 'tsv' | 'bibtex' | 'ranked-list';

/** How people call each format in messages. */
export const FORMAT_LABELS: Record<InputFormat, string> = {
  json: 'JSON',
  csv: 'CSV',
  tsv: 'TSV',
  bibtex: 'BibTeX',
  'ranked-list': 'ranked-list text',
};

const BY_EXTENSION: Record<string, InputFormat> = {
  json: 'json',
  csv: 'csv',
  tsv: 'tsv',
  tab: 'tsv',
  bib: 'bibtex',
  bibtex: 'bibtex',
};

/** Rejects inputs no parser should see: empty, binary, or beyond the size limit. */
export function checkInputText(text: string, source?: string): void {
  if (text.length > MAX_INPUT_CHARS) {
    throw new ParseError(
      `the input is larger than 100 MB; paperscope reads at most 100 MB or 100,000 papers`,
      undefined,
      source,
    );
  }
  if (text.replace(/^\uFEFF/, '').trim() === '')
    throw new ParseError('the file is empty; expected a list of papers', 1, source);
  const head = text.slice(0, 65_536);
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;
  // NUL bytes, or many control characters, mean a binary file (PDF, image, zip, UTF-16 read as UTF-8).
  const controls = head.match(CONTROL)?.length ?? 0;
  if (head.includes('\u0000') || controls > head.length / 100 + 4) {
    const nul = head.search(CONTROL);
    const line = head.slice(0, Math.max(0, nul)).split('\n').length;
    throw new ParseError(
      'this looks like a binary file, not text; expected CSV, TSV, JSON, BibTeX or a ranked list',
      line,
      source,
    );
  }
}

/** Picks the format from the file extension when it is telling, else from the content. */
export function detectFormat(text: string, fileName?: string): InputFormat {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{') || body.startsWith('[')) return 'json';
  const extension = /\.([a-z]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  const byExtension = extension ? BY_EXTENSION[extension] : undefined;
  if (byExtension && byExtension !== 'json') return byExtension;
  const head = body.slice(0, 20_000);
  // BibTeX: an @type{ or @type( entry at the start of a line, possibly after % comments.
  if (/^\s*@[a-zA-Z]+\s*[{(]/m.test(head.slice(0, 5_000))) return 'bibtex';
  const lines = head
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 5);
  const first = lines[0] ?? '';
  // A ranked list starts with a name, then "1. Title"; CSV headers do not look like that.
  if (lines.slice(0, 3).some((l) => /^\d+\.\s+\S/.test(l.trim())) && !first.includes('\t'))
    return 'ranked-list';
  const tabs = first.split('\t').length - 1;
  if (tabs >= 1 && lines.length > 1 && lines.slice(1).every((l) => l.includes('\t'))) return 'tsv';
  const commas = first.split(/[,;]/).length - 1;
  if (commas >= 1 && lines.length > 1 && first.length < 2_000) return 'csv';
  if (tabs >= 1) return 'tsv';
  return 'ranked-list';
}
