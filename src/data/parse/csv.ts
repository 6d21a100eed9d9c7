import Papa from 'papaparse';
import type { ValidationWarning } from '../types';
import { ParseError } from './errors';
import type { RecordTable } from './records';

export interface DelimitedOptions {
  /** ',' for CSV, '\t' for TSV; detected from the header line when absent. */
  delimiter?: string;
  /** The file name, used in error messages. */
  source?: string;
}

/** The delimiter of a header line: the most frequent of tab, comma and semicolon. */
export function guessDelimiter(text: string): string {
  const end = text.search(/\r\n|\r|\n/);
  const header = (end < 0 ? text : text.slice(0, end)).slice(0, 10_000);
  const counts = ['\t', ',', ';'].map((d) => [d, header.split(d).length - 1] as const);
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

/**
 * Reads CSV or TSV (RFC 4180 quoting, quoted newlines included) with papaparse. The first row is
 * the header; each row keeps the line it starts on for messages.
 */
export function readDelimited(text: string, options: DelimitedOptions = {}): RecordTable {
  const source = options.source;
  const body = text.replace(/^\uFEFF/, '');
  if (body.includes('\u0000'))
    throw new ParseError('this is a binary file, not CSV or TSV text', 1, source);
  if (body.trim() === '')
    throw new ParseError('the file is empty; expected a header row of column names', 1, source);
  const delimiter = options.delimiter ?? guessDelimiter(body);

  const records: { fields: string[]; line: number }[] = [];
  const errors: Papa.ParseError[] = [];
  // Line numbers: count newlines incrementally between the cursors papaparse reports per row.
  let counted = 0;
  let line = 1;
  const lineAt = (offset: number) => {
    for (let i = counted; i < offset; i++) if (body.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let rowStart = 0;
  Papa.parse<string[]>(body, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      while (body.charCodeAt(rowStart) === 10 || body.charCodeAt(rowStart) === 13) rowStart++;
      const start = lineAt(rowStart);
      for (const e of result.errors) errors.push({ ...e, row: start });
      records.push({ fields: result.data, line: start });
      rowStart = result.meta.cursor;
    },
  });
  const quoteError = errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    throw new ParseError(
      `a quoted field is not closed; expected a closing " (${quoteError.message})`,
      quoteError.row,
      source,
    );
  }

  const content = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = content.shift();
  if (!header)
    throw new ParseError('the file is empty; expected a header row of column names', 1, source);
  const columns = uniqueNames(header.fields);
  if (columns.length < 2 && content.length === 0) {
    throw new ParseError(
      `expected a header row of column names separated by "${delimiter === '\t' ? 'tab' : delimiter}", then rows`,
      header.line,
      source,
    );
  }
  const warnings: ValidationWarning[] = [];
  const rows = content.map((record) => {
    if (
      record.fields.length > columns.length &&
      record.fields.slice(columns.length).some((f) => f.trim())
    ) {
      warnings.push({
        line: record.line,
        kind: 'other',
        message: `line ${record.line} has ${record.fields.length} fields, the header ${columns.length}; the extra fields are ignored`,
      });
    }
    const row: Record<string, string> = {};
    columns.forEach((c, i) => (row[c] = record.fields[i] ?? ''));
    return row;
  });
  return { columns, rows, lines: content.map((r) => r.line), unit: 'line', warnings };
}

/** Header names made unique and non-empty ("", "title", "title" -> "column 1", "title", "title (2)"). */
function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = raw.trim() || `column ${i + 1}`;
    for (let k = 2; seen.has(name); k++) name = `${raw.trim() || `column ${i + 1}`} (${k})`;
    seen.add(name);
    return name;
  });
}
