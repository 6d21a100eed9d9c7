import type { Paper } from './types';
import { queryWords, searchHits } from './search';

/** Which view or control set a filter; crossfilter leaves out a view's own. */
export type FilterKey = 'search' | 'themes' | 'clusters' | 'citations' | 'map' | 'year';

/** The user's filters; each part is owned by one control. */
export interface Filters {
  search: string;
  themes: string[];
  themeMode: 'any' | 'all';
  clusters: number[];
  /** Inclusive citation range set by the histogram brush. */
  citationRange: [number, number] | null;
  /** Ids picked with the map's lasso. */
  mapSelection: string[] | null;
  /** Inclusive publication-year range; papers without a year are left out while it is set. Optional so older saved views stay valid. */
  yearRange?: [number, number] | null;
}

export const EMPTY_FILTERS: Filters = {
  search: '',
  themes: [],
  themeMode: 'any',
  clusters: [],
  citationRange: null,
  mapSelection: null,
  yearRange: null,
};

/** True when the filter part named by `key` constrains anything. */
export function isFilterActive(filters: Filters, key: FilterKey): boolean {
  switch (key) {
    case 'search':
      return queryWords(filters.search).length > 0;
    case 'themes':
      return filters.themes.length > 0;
    case 'clusters':
      return filters.clusters.length > 0;
    case 'citations':
      return filters.citationRange !== null;
    case 'map':
      return filters.mapSelection !== null;
    case 'year':
      return (filters.yearRange ?? null) !== null;
  }
}

/** The bit of each filter in `filterFailures`. */
const FILTER_BIT: Record<FilterKey, number> = {
  search: 1,
  themes: 2,
  clusters: 4,
  citations: 8,
  map: 16,
  year: 32,
};

/**
 * For each paper, the bits (one per filter) of the active filters it fails; the filters in `skip`
 * are not evaluated. One pass gives every view's crossfilter mask (`maskWithout`): during a
 * citation brush four views need a mask each, and each was a pass over every paper of its own.
 */
export function filterFailures(
  papers: readonly Paper[],
  searchIndex: readonly string[],
  filters: Filters,
  skip: readonly FilterKey[] = [],
  /** The search's hits, when the caller has them (see `searchHits`); else they are computed. */
  knownSearchHits?: Uint8Array,
): Uint8Array {
  const failures = new Uint8Array(papers.length);
  const use = (key: FilterKey) => !skip.includes(key) && isFilterActive(filters, key);
  const words = queryWords(filters.search);
  const clusters = new Set(filters.clusters);
  const mapIds = new Set(filters.mapSelection ?? []);
  const range = filters.citationRange;
  const years = filters.yearRange;
  const [useSearch, useThemes, useClusters, useCitations, useMap, useYear] = (
    ['search', 'themes', 'clusters', 'citations', 'map', 'year'] as const
  ).map(use);
  const themesOk = useThemes ? themeMatches(papers, filters.themes, filters.themeMode) : null;
  const hits = useSearch ? (knownSearchHits ?? searchHits(searchIndex, words)) : null;
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i]!;
    let failed = 0;
    if (hits && !hits[i]) failed |= FILTER_BIT.search;
    if (themesOk && !themesOk[i]) failed |= FILTER_BIT.themes;
    if (useClusters && (p.cluster === undefined || !clusters.has(p.cluster)))
      failed |= FILTER_BIT.clusters;
    if (useCitations && range && (p.citations < range[0] || p.citations > range[1]))
      failed |= FILTER_BIT.citations;
    if (useMap && !mapIds.has(p.id)) failed |= FILTER_BIT.map;
    if (useYear && years && (p.year === undefined || p.year < years[0] || p.year > years[1]))
      failed |= FILTER_BIT.year;
    failures[i] = failed;
  }
  return failures;
}

/** 1 for each paper that fails none of the filters outside `except` (see `filterFailures`). */
export function maskWithout(failures: Uint8Array, except: readonly FilterKey[] = []): Uint8Array {
  let ignored = 0;
  for (const key of except) ignored |= FILTER_BIT[key];
  const counted = ~ignored & 0xff;
  const mask = new Uint8Array(failures.length);
  for (let i = 0; i < failures.length; i++) mask[i] = (failures[i]! & counted) === 0 ? 1 : 0;
  return mask;
}

/**
 * Crossfilter (after Mosaic's Selection.crossfilter): 1 for each paper that passes every
 * active filter except those in `except`, so a view is not filtered by its own brush.
 */
export function filterMask(
  papers: readonly Paper[],
  searchIndex: readonly string[],
  filters: Filters,
  except: readonly FilterKey[] = [],
  /** The search's hits, when the caller has them (see `searchHits`); else they are computed. */
  knownSearchHits?: Uint8Array,
): Uint8Array {
  return maskWithout(filterFailures(papers, searchIndex, filters, except, knownSearchHits), except);
}

/** Number of ones in a mask. */
export function countMask(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
}

/** Each paper's themes and cluster as small integers: counting over typed arrays instead of
 * strings in Maps keeps a brush frame at 100,000 papers from spending ~5 ms on the toggles'
 * counts. Built once per paper list (themes and clusters never change in place). */
interface TopicCodes {
  /** Theme id → its code. */
  themeCode: Map<string, number>;
  /** Paper i's theme codes are `themes[start[i]]` … `themes[start[i + 1] - 1]`. */
  start: Int32Array;
  themes: Int32Array;
  /** Paper i's cluster, or -1. */
  cluster: Int32Array;
}

const topicCodes = new WeakMap<readonly Paper[], TopicCodes>();

function codesFor(papers: readonly Paper[]): TopicCodes {
  let codes = topicCodes.get(papers);
  if (codes) return codes;
  const themeCode = new Map<string, number>();
  const start = new Int32Array(papers.length + 1);
  const list: number[] = [];
  const cluster = new Int32Array(papers.length);
  for (let i = 0; i < papers.length; i++) {
    const paper = papers[i]!;
    for (const t of paper.themes ?? []) {
      let code = themeCode.get(t);
      if (code === undefined) themeCode.set(t, (code = themeCode.size));
      list.push(code);
    }
    start[i + 1] = list.length;
    cluster[i] = paper.cluster ?? -1;
  }
  codes = { themeCode, start, themes: Int32Array.from(list), cluster };
  topicCodes.set(papers, codes);
  return codes;
}

/**
 * 1 for each paper whose themes satisfy the selected ones: Any, one of them; All, every one; no
 * selection, any paper. Over the theme codes: no string comparisons per paper.
 */
function themeMatches(
  papers: readonly Paper[],
  selected: readonly string[],
  mode: Filters['themeMode'],
): Uint8Array {
  const { themeCode, start, themes } = codesFor(papers);
  const ok = new Uint8Array(papers.length);
  if (selected.length === 0) return ok.fill(1);
  const wanted = selected.map((t) => themeCode.get(t) ?? -1);
  // A selected theme no paper has: under All nothing matches, under Any it adds nothing.
  if (mode === 'all' && wanted.includes(-1)) return ok;
  const isWanted = new Uint8Array(themeCode.size);
  for (const code of wanted) if (code >= 0) isWanted[code] = 1;
  for (let i = 0; i < papers.length; i++) {
    const from = start[i]!;
    const to = start[i + 1]!;
    if (mode === 'any') {
      for (let j = from; j < to; j++) if (isWanted[themes[j]!]) ok[i] = 1;
      continue;
    }
    let hasAll = 1;
    for (const code of wanted) {
      let found = 0;
      for (let j = from; j < to; j++) if (themes[j] === code) found = 1;
      hasAll &= found;
    }
    ok[i] = hasAll;
  }
  return ok;
}

/**
 * Crossfilter counts for theme toggles: for each theme, how many papers passing `baseMask`
 * (every filter but the theme filter) the list would show with that theme on. Under All that
 * means papers having the selected themes and this one; under Any, papers having this one.
 */
export function countThemes(
  papers: readonly Paper[],
  baseMask: Uint8Array,
  themeIds: readonly string[],
  selected: readonly string[],
  mode: Filters['themeMode'],
): Map<string, number> {
  const { themeCode, start, themes } = codesFor(papers);
  const tally = new Int32Array(themeCode.size);
  // Under All, a paper counts only if it has every selected theme (the filter's own rule).
  const hasSelected = mode === 'all' ? themeMatches(papers, selected, 'all') : null;
  for (let i = 0; i < papers.length; i++) {
    if (!baseMask[i] || (hasSelected && !hasSelected[i])) continue;
    for (let j = start[i]!; j < start[i + 1]!; j++) tally[themes[j]!]!++;
  }
  return new Map(themeIds.map((id) => [id, tally[themeCode.get(id) ?? -1] ?? 0]));
}

/** How many papers passing `baseMask` fall in each cluster. */
export function countClusters(papers: readonly Paper[], baseMask: Uint8Array): Map<number, number> {
  const { cluster } = codesFor(papers);
  const counts = new Map<number, number>();
  for (let i = 0; i < papers.length; i++) {
    const c = cluster[i]!;
    if (baseMask[i] && c >= 0) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}
