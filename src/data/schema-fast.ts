import type { Dataset } from './types';
import { isSafeHttpUrl } from './parse/links';

// A hand-written check of the interchange format for the common case: a file that is already
// exactly in shape (no unknown keys, no defaults to fill in). It accepts a subset of what the
// zod schema in schema.ts accepts and returns the value itself, so a 10,000-paper dataset is
// checked in a few milliseconds without copying every object (zod's copy costs ~250 ms of
// parsing plus as much garbage collection). Anything it does not accept goes to zod, which
// fills defaults, strips unknown keys and words the error.

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
};
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): boolean => Number.isSafeInteger(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isNonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const isUrl = (v: unknown): boolean => typeof v === 'string' && isSafeHttpUrl(v);
const every = (v: unknown, test: (item: unknown) => boolean): boolean =>
  Array.isArray(v) && v.every(test);

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

function isEvidenceRecord(v: unknown): boolean {
  if (!isObj(v)) return false;
  for (const key in v) if (!every(v[key], isEvidence)) return false;
  return true;
}

// Optional fields: absent, or present with a valid value (JSON has no `undefined`).
const OPTIONAL: Record<string, (v: unknown) => boolean> = {
  year: isInt,
  authors: (v) => every(v, isStr),
  venue: isStr,
  themes: (v) => every(v, isStr),
  themeEvidence: isEvidenceRecord,
  cluster: (v) => isInt(v) && (v as number) >= 0,
  x: isNum,
  y: isNum,
  similar: (v) => every(v, isStr),
  similarScores: (v) => every(v, isNum),
  outlier: (v) => typeof v === 'boolean',
  outlierReason: isStr,
};
const PAPER_KEYS = new Set([
  'id',
  'rank',
  'title',
  'citations',
  'abstract',
  'github',
  'urls',
  ...Object.keys(OPTIONAL),
]);

function isPaper(v: unknown): boolean {
  if (!isObj(v) || !onlyKeys(v, PAPER_KEYS)) return false;
  if (!isNonEmpty(v.id) || !isInt(v.rank) || !isNonEmpty(v.title) || !isStr(v.abstract))
    return false;
  if (!isNum(v.citations) || v.citations < 0) return false;
  if (v.github !== null && !isUrl(v.github)) return false;
  if (!every(v.urls, isUrl)) return false;
  for (const key in OPTIONAL) if (key in v && !OPTIONAL[key]!(v[key])) return false;
  return true;
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

/** With a companion abstracts file, every paper's own abstract is empty (as the schema says). */
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
