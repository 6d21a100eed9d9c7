// A dataset may keep its abstracts, and the details only the Details panel and the map's
// selection read, in a companion file (docs/data-format.md): a JSON array with one entry per
// paper, in the order of `papers`. An entry is the paper's abstract (a string), or an object
// with any of `abstract`, `themeEvidence`, `similar` and `similarScores`. The app reads it after
// its first paint, so a wrong file must be told apart from a right one here, before any paper is
// touched.
import type { Paper } from '../types';
import { every, isEvidenceRecord, isNum, isObj, isStr } from '../schema-fast';

/** What a companion file gives one paper. */
export type PaperDetails = Partial<
  Pick<Paper, 'abstract' | 'themeEvidence' | 'similar' | 'similarScores'>
>;

/** Each detail a companion entry may hold, with what it must be (as in the dataset's schema). */
const DETAILS = new Map<string, [test: (v: unknown) => boolean, expected: string]>([
  ['abstract', [isStr, 'a string']],
  ['themeEvidence', [isEvidenceRecord, 'theme ids mapped to lists of {term, field, weight}']],
  ['similar', [(v) => every(v, isStr), 'an array of paper ids']],
  ['similarScores', [(v) => every(v, isNum), 'an array of numbers']],
]);

const count = (n: number) => n.toLocaleString('en');

/** How a JSON value that should have been something else is named in a message. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${value}`;
  return `a ${typeof value}`;
}

/** What is wrong with one entry, or null when it is a string or a valid object of details. */
function entryProblem(value: unknown): string | null {
  if (typeof value === 'string') return null;
  if (!isObj(value)) return `is ${describe(value)}; expected a string or an object of details`;
  for (const key in value) {
    const rule = DETAILS.get(key);
    if (!rule)
      return `has an unknown key "${key}"; expected abstract, themeEvidence, similar or similarScores`;
    if (!rule[0](value[key])) return `has a ${key} that is not ${rule[1]}`;
  }
  return null;
}

/**
 * The details in a companion file's text, checked against the dataset's `papers` count: one per
 * paper, a bare string being `{ abstract }`. Throws an Error naming the file (`source`), the
 * first entry that does not fit, and what was expected.
 */
export function readCompanionFile(text: string, source: string, papers: number): PaperDetails[] {
  const expected = `an array of ${count(papers)} entries, one per paper`;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error(`companion file ${source} is not valid JSON; expected ${expected}`);
  }
  if (!Array.isArray(value))
    throw new Error(`companion file ${source} holds ${describe(value)}; expected ${expected}`);
  if (value.length !== papers)
    throw new Error(
      `companion file ${source} has ${count(value.length)} ${value.length === 1 ? 'entry' : 'entries'}; expected ${count(papers)}, one per paper`,
    );
  for (let i = 0; i < value.length; i++) {
    const problem = entryProblem(value[i]);
    if (problem) throw new Error(`companion file ${source}: entry ${count(i + 1)} ${problem}`);
  }
  return (value as (string | PaperDetails)[]).map((entry) =>
    typeof entry === 'string' ? { abstract: entry } : entry,
  );
}
