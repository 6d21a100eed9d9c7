import type { ParseResult } from './ranked-list';
import { parseRankedList } from './ranked-list';
import { ParseError } from './errors';
import { validateDataset } from '../schema';
import type { Dataset } from '../types';

/** A parsed input: papers to analyse, or a whole dataset that already carries its analysis. */
export type InputResult = ParseResult & { dataset?: Dataset };

/** Reads an input by its content: interchange JSON, or the ranked-list text format. */
export function readInput(text: string, source?: string): InputResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new ParseError(`not valid JSON (${message})`, lineOfJsonError(text, message), source);
    }
    const dataset = validateDataset(value, source);
    return { name: dataset.name, papers: dataset.papers, warnings: [], dataset };
  }
  return parseRankedList(text, source === undefined ? {} : { source });
}

/** V8 reports "at position N"; turn it into a line number for people. */
function lineOfJsonError(text: string, message: string): number | undefined {
  const position = /position (\d+)/.exec(message);
  if (!position) return undefined;
  return text.slice(0, Number(position[1])).split('\n').length;
}
