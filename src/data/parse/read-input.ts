import type { ParseResult } from './ranked-list';
import { parseRankedList } from './ranked-list';
import { ParseError } from './errors';
import { validateDataset } from '../schema';
import type { Dataset, ValidationWarning } from '../types';
import { parseBibtex } from './bibtex';
import { readDelimited } from './csv';
import { checkInputText, detectFormat, type InputFormat } from './detect';
import { classifyJson, parseJsonText } from './json-records';
import {
  guessMapping,
  MAX_PAPERS,
  tableToPapers,
  type ColumnMapping,
  type RecordTable,
} from './records';

/** A parsed input: papers to analyse, or a whole dataset that already carries its analysis. */
export type InputResult = ParseResult & { dataset?: Dataset };

/** An input read up to the point where a person may choose how its columns map to fields. */
export type StagedInput =
  | { kind: 'table'; format: InputFormat; name: string; table: RecordTable; mapping: ColumnMapping }
  | { kind: 'parsed'; format: InputFormat; result: InputResult };

/** The list name a file gives when its content has none: its name without the extension. */
export function nameFromSource(source?: string): string {
  const base = (source ?? '')
    .replace(/^.*[\\/]/, '')
    .replace(/\.[a-z0-9]+$/i, '')
    .trim();
  return base || 'Imported list';
}

/**
 * Reads an input of any supported format (detected from content and file name). Tabular inputs
 * (CSV, TSV, JSON records) stop at a table with a guessed column mapping.
 */
export function stageInput(text: string, source?: string): StagedInput {
  checkInputText(text, source);
  const format = detectFormat(text, source);
  const name = nameFromSource(source);
  const opts = source === undefined ? {} : { source };
  switch (format) {
    case 'json': {
      const json = classifyJson(parseJsonText(text, source), source);
      if (json.kind === 'dataset') {
        const dataset = validateDataset(json.value, source);
        if (dataset.papers.length > MAX_PAPERS) {
          throw new ParseError(
            `${dataset.papers.length.toLocaleString('en')} papers; paperscope takes at most ${MAX_PAPERS.toLocaleString('en')}`,
            undefined,
            source,
          );
        }
        const warnings: ValidationWarning[] =
          dataset.abstracts === undefined
            ? []
            : [
                {
                  kind: 'other',
                  message: `the abstracts and details (theme evidence, similar papers) are in a separate file (${dataset.abstracts}), which is read only when the dataset is opened by link (?data=<url>); the papers come without them`,
                },
              ];
        return {
          kind: 'parsed',
          format,
          result: { name: dataset.name, papers: dataset.papers, warnings, dataset },
        };
      }
      return staged(format, json.name ?? name, json.table, source);
    }
    case 'csv':
    case 'tsv':
      return staged(
        format,
        name,
        readDelimited(text, { ...opts, delimiter: format === 'tsv' ? '\t' : undefined }),
        source,
      );
    case 'bibtex':
      return { kind: 'parsed', format, result: parseBibtex(text, { ...opts, name }) };
    case 'ranked-list':
      return { kind: 'parsed', format, result: parseRankedList(text, opts) };
  }
}

function staged(
  format: InputFormat,
  name: string,
  table: RecordTable,
  source?: string,
): StagedInput {
  if (table.rows.length === 0) {
    throw new ParseError(
      'there are no rows after the header; expected one paper per row',
      table.lines[0] ?? 2,
      source,
      table.unit,
    );
  }
  return { kind: 'table', format, name, table, mapping: guessMapping(table.columns) };
}

/** Reads an input by its content with guessed column mappings (for the CLI and `?data=`). */
export function readInput(text: string, source?: string): InputResult {
  const input = stageInput(text, source);
  return input.kind === 'parsed'
    ? input.result
    : tableToPapers(input.table, input.mapping, input.name, source);
}
