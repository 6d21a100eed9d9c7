import type { Paper } from '../data/types';

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'rank',
  'id',
  'title',
  'citations',
  'year',
  'authors',
  'venue',
  'themes',
  'cluster',
  'cluster_label',
  'github',
  'urls',
  'outlier',
  'abstract',
] as const;

// A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field per RFC 4180: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined, text = true): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (text && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The papers as CSV (header row, CRLF line ends); list fields are joined with "; ". */
export function papersToCsv(
  papers: readonly Paper[],
  clusterLabel: (id: number) => string | undefined = () => undefined,
): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const p of papers) {
    lines.push(
      [
        csvField(p.rank, false),
        csvField(p.id),
        csvField(p.title),
        csvField(p.citations, false),
        csvField(p.year, false),
        csvField(p.authors?.join('; ')),
        csvField(p.venue),
        csvField(p.themes?.join('; ')),
        csvField(p.cluster, false),
        csvField(p.cluster === undefined ? undefined : clusterLabel(p.cluster)),
        csvField(p.github),
        csvField(p.urls.join('; ')),
        csvField(p.outlier === undefined ? undefined : p.outlier ? 'yes' : 'no', false),
        csvField(p.abstract),
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
