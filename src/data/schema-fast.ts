import type { Dataset } from './types';
import { isSafeHttpUrl } from './parse/links';

// A hand-written check of the interchange format for the common case: a file that is already
// exactly in shape (no unknown keys, no defaults to fill in). It accepts a subset of what the
// zod schema in schema.ts accepts and returns the value itself, so a 10,000-paper dataset is
// checked in a few milliseconds without copying every object (zod's copy costs ~250 ms of
// parsing plus as much garbage collection). Anything it does not accept goes to zod, which
// fills defaults, strips unknown keys and words the error.

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): boolean => Number.isSafeInteger(v);
export const isStr = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isUrl = (v: unknown): boolean => typeof v === 'string' && isSafeHttpUrl(v);
/** True for an array whose every item passes `test` (a plain loop: cheap in cold code). */
export function every(v: unknown, test: (item: unknown) => boolean): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!test(v[i])) return false;
  return true;
}

/** True when `value` has only the keys in `allowed` (so zod would strip nothing). */
function onlyKeys(value: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

const EVIDENCE_KEYS = new Set(['term', 'field', 'weight']);
const isEvidence = (v: unknown): boolean =>
  isObj(v) &&
  onlyKeys(v, EVIDENCE_KEYS) &&
  isStr(v.term) &&
  (v.field === 'title' || v.field === 'abstract') &&
  isNum(v.weight);

/** A paper's `themeEvidence`: theme id → its evidence records. */
export function isEvidenceRecord(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const key in v) if (!every(v[key], isEvidence)) return false;
  return true;
}

/** Each field's test, and whether every paper has it (the rest are optional: JSON has no undefined). */
type FieldRule = readonly [test: (v: unknown) => boolean, required: boolean];
// A Map, not an object: a key such as "__proto__" or "toString" in the data must find nothing.
const PAPER_FIELDS = new Map<string, FieldRule>(
  Object.entries({
    id: [isNonEmpty, true],
    rank: [isInt, true],
    title: [isNonEmpty, true],
    citations: [(v) => isNum(v) && v >= 0, true],
    abstract: [isStr, true],
    github: [(v) => v === null || isUrl(v), true],
    urls: [(v) => every(v, isUrl), true],
    year: [isInt, false],
    authors: [(v) => every(v, isStr), false],
    venue: [isStr, false],
    themes: [(v) => every(v, isStr), false],
    themeEvidence: [isEvidenceRecord, false],
    cluster: [(v) => isInt(v) && (v as number) >= 0, false],
    x: [isNum, false],
    y: [isNum, false],
    similar: [(v) => every(v, isStr), false],
    similarScores: [(v) => every(v, isNum), false],
    outlier: [(v) => typeof v === 'boolean', false],
    outlierReason: [isStr, false],
  } satisfies Record<string, FieldRule>),
);
const REQUIRED_FIELDS = [...PAPER_FIELDS.values()].filter(([, required]) => required).length;

/**
 * One pass over the paper's own keys: ~10,000 papers are checked before the first paint, while
 * the code still runs unoptimised, so one lookup and one test per field matter.
 */
function isPaper(v: unknown): boolean {
  if (!isObj(v)) return false;
  let required = 0;
  for (const key in v) {
    const field = PAPER_FIELDS.get(key);
    if (!field || !field[0](v[key])) return false; // an unknown key: zod would strip it
    if (field[1]) required++;
  }
  return required === REQUIRED_FIELDS;
}

const THEME_KEYS = new Set(['id', 'label', 'description', 'count']);
const isTheme = (v: unknown): boolean =>
  isObj(v) &&
  onlyKeys(v, THEME_KEYS) &&
  isStr(v.id) &&
  isStr(v.label) &&
  isStr(v.description) &&
  isNum(v.count);

const CLUSTER_KEYS = new Set(['id', 'label', 'terms', 'size', 'representative']);
const isCluster = (v: unknown): boolean =>
  isObj(v) &&
  onlyKeys(v, CLUSTER_KEYS) &&
  isInt(v.id) &&
  isStr(v.label) &&
  every(v.terms, isStr) &&
  isInt(v.size) &&
  isStr(v.representative);

const DATASET_KEYS = new Set(['name', 'papers', 'themes', 'clusters', 'abstracts']);

/** With a companion file, every paper's own abstract is empty (as the schema says). */
const isAbstractsRef = (v: Obj): boolean =>
  !('abstracts' in v) ||
  (isNonEmpty(v.abstracts) && every(v.papers, (p) => (p as Obj).abstract === ''));

/**
 * True when `value` is a dataset exactly as the interchange format writes it: every field valid,
 * no unknown keys, no defaults missing. Such a value is what the zod schema would return.
 */
export function isExactDataset(value: unknown): value is Dataset {
  return (
    isObj(value) &&
    onlyKeys(value, DATASET_KEYS) &&
    isNonEmpty(value.name) &&
    every(value.papers, isPaper) &&
    every(value.themes, isTheme) &&
    every(value.clusters, isCluster) &&
    isAbstractsRef(value)
  );
}

/** The index of the first paper whose id an earlier paper already has, or -1. */
export function firstDuplicateId(papers: readonly { id: string }[]): number {
  const ids = new Set<string>();
  for (let i = 0; i < papers.length; i++) {
    const id = papers[i]!.id;
    if (ids.has(id)) return i;
    ids.add(id);
  }
  return -1;
}
