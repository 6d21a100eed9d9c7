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

function allStrings(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}
function allNumbers(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isNum(v[i])) return false;
  return true;
}
function allUrls(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (!isUrl(v[i])) return false;
  return true;
}

/** The fields every paper has; the others are optional (absent, or valid: JSON has no undefined). */
const REQUIRED_FIELDS = 7;

/**
 * One pass over the paper's own keys with a switch: ~10,000 papers are checked before the first
 * paint, while the code still runs unoptimised, so few calls and no lookups per field matter.
 */
function isPaper(v: unknown): boolean {
  if (!isObj(v)) return false;
  let required = 0;
  for (const key in v) {
    const x = v[key];
    switch (key) {
      case 'id':
      case 'title':
        if (!isNonEmpty(x)) return false;
        required++;
        break;
      case 'rank':
        if (!isInt(x)) return false;
        required++;
        break;
      case 'citations':
        if (!isNum(x) || x < 0) return false;
        required++;
        break;
      case 'abstract':
        if (!isStr(x)) return false;
        required++;
        break;
      case 'github':
        if (x !== null && !isUrl(x)) return false;
        required++;
        break;
      case 'urls':
        if (!allUrls(x)) return false;
        required++;
        break;
      case 'year':
        if (!isInt(x)) return false;
        break;
      case 'cluster':
        if (!isInt(x) || (x as number) < 0) return false;
        break;
      case 'authors':
      case 'themes':
      case 'similar':
        if (!allStrings(x)) return false;
        break;
      case 'venue':
      case 'outlierReason':
        if (!isStr(x)) return false;
        break;
      case 'x':
      case 'y':
        if (!isNum(x)) return false;
        break;
      case 'similarScores':
        if (!allNumbers(x)) return false;
        break;
      case 'outlier':
        if (typeof x !== 'boolean') return false;
        break;
      case 'themeEvidence':
        if (!isEvidenceRecord(x)) return false;
        break;
      default:
        return false; // an unknown key: zod would strip it
    }
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
