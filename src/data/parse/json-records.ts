import type { ValidationWarning } from '../types';
import { ParseError } from './errors';
import type { RecordTable } from './records';

/** JSON input: a whole interchange dataset, or paper records to map like CSV rows. */
export type JsonInput =
  | { kind: 'dataset'; value: unknown; name?: string }
  | { kind: 'records'; table: RecordTable; name?: string };

/** Parses JSON text, turning V8's "position N" into a line number. */
export function parseJsonText(text: string, source?: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (error) {
    const lines = parseJsonLines(body, source);
    if (lines) return lines;
    const message = error instanceof Error ? error.message : String(error);
    throw new ParseError(`not valid JSON (${message})`, lineOfJsonError(body, message), source);
  }
}

/** JSON Lines (one object per line, as dumps of arXiv or OpenAlex come); null when it is not that. */
function parseJsonLines(text: string, source?: string): unknown[] | null {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0 || !lines[first]!.trim().startsWith('{')) return null;
  try {
    JSON.parse(lines[first]!);
  } catch {
    return null;
  }
  const values: unknown[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      values.push(JSON.parse(line));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ParseError(
        `not valid JSON Lines: this line is not one JSON value (${message})`,
        i + 1,
        source,
      );
    }
  });
  return values.length > 1 ? values : null;
}

/** V8 reports "at position N" (or "line L column C"); turn it into a line number for people. */
export function lineOfJsonError(text: string, message: string): number | undefined {
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  const position = /position (\d+)/.exec(message);
  if (position) return lineAt(text, Number(position[1]));
  if (/end of JSON input/.test(message)) return lineAt(text, text.trimEnd().length);
  // Node 20 reports `Unexpected token '}', ..."{"title": }` without a position: find the excerpt.
  const excerpt =
    /Unexpected token '([^']*)', (?:\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(
      message,
    );
  if (excerpt) {
    const at = text.indexOf(excerpt[2]!);
    if (at >= 0) return lineAt(text, at + Math.max(0, excerpt[2]!.indexOf(excerpt[1]!)));
  }
  return undefined;
}

function lineAt(text: string, offset: number): number {
  let n = 1;
  const end = Math.min(text.length, offset);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

const INTERCHANGE_KEYS = ['id', 'rank', 'github'];

/**
 * Sorts parsed JSON into an interchange dataset (`{ name, papers: [{ id, rank, github, ... }] }`)
 * or records: an array of objects, or `{ papers | items | data | results: [...] }`.
 */
export function classifyJson(value: unknown, source?: string): JsonInput {
  const object = isObject(value) ? value : null;
  const name =
    object && typeof object.name === 'string' && object.name.trim()
      ? object.name.trim()
      : undefined;
  const withName = <T extends object>(input: T) => (name ? { ...input, name } : input);
  const list = Array.isArray(value) ? value : findList(object);
  if (!list) {
    throw new ParseError(
      'expected a paperscope dataset ({ "name", "papers": [...] }) or an array of paper objects',
      1,
      source,
      'record',
    );
  }
  const first = list.find(isObject);
  if (
    object &&
    Array.isArray(object.papers) &&
    first &&
    INTERCHANGE_KEYS.every((k) => k in first)
  ) {
    return withName({ kind: 'dataset' as const, value });
  }
  return withName({ kind: 'records' as const, table: recordsTable(list) });
}

function findList(object: Record<string, unknown> | null): unknown[] | null {
  if (!object) return null;
  for (const key of ['papers', 'items', 'data', 'results', 'records', 'entries']) {
    const candidate = object[key];
    if (Array.isArray(candidate)) return candidate;
  }
  return null;
}

/** A table of string cells from paper objects; nested values are flattened for mapping. */
export function recordsTable(list: readonly unknown[]): RecordTable {
  const columns: string[] = [];
  const known = new Set<string>();
  const rows: Record<string, string>[] = [];
  const lines: number[] = [];
  const warnings: ValidationWarning[] = [];
  list.forEach((item, i) => {
    if (!isObject(item)) {
      warnings.push({
        line: i + 1,
        kind: 'skipped',
        message: `record ${i + 1} skipped: it is ${describe(item)}, not an object`,
      });
      return;
    }
    const row: Record<string, string> = {};
    for (const [key, raw] of Object.entries(item)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
      row[key] = cell(raw, key);
    }
    rows.push(row);
    lines.push(i + 1);
  });
  return { columns, rows, lines, unit: 'record', warnings };
}

/** One JSON value as cell text: author objects become names, lists are joined with "; ". */
function cell(value: unknown, key: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) => cell(v, key))
      .filter(Boolean)
      .join('; ');
  if (isObject(value)) {
    // Common shapes: {name}, CSL {given, family}, Semantic Scholar {authorId, name}, dates {year},
    // OpenAlex {author: {display_name}}, {source: {display_name}} and inverted-index abstracts.
    if (typeof value.name === 'string') return value.name;
    if (typeof value.display_name === 'string') return value.display_name;
    if (isObject(value.author)) return cell(value.author, key);
    if (isObject(value.source)) return cell(value.source, key);
    if (/inverted/i.test(key)) return invertedIndexText(value);
    if (typeof value.family === 'string')
      return [value.given, value.family].filter((v) => typeof v === 'string').join(' ');
    if ('date-parts' in value && Array.isArray(value['date-parts']))
      return cell((value['date-parts'] as unknown[])[0], key).split(';')[0] ?? '';
    if (typeof value.year === 'number' || typeof value.year === 'string') return String(value.year);
    if (typeof value.url === 'string') return value.url;
    if (typeof value.text === 'string') return value.text;
    return '';
  }
  return '';
}

/** OpenAlex ships abstracts as { word: [positions] }; put the words back in order. */
function invertedIndexText(index: Record<string, unknown>): string {
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const at of positions)
      if (Number.isInteger(at) && at >= 0 && at < 100_000) words[at] = word;
  }
  return words.filter((w) => w !== undefined).join(' ');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
