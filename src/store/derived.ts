import { useMemo } from 'react';
import type { Paper } from '../data/types';
import {
  countMask,
  filterFailures,
  isFilterActive,
  maskWithout,
  type FilterKey,
  type Filters,
} from '../data/filter';
import { narrows, queryWords, searchHits } from '../data/search';
import { useAppStore } from './context';
import { searchIndexFor } from './search-index';

export { searchIndexFor, warmSearchIndex } from './search-index';

const NO_INDEX: string[] = [];

/**
 * The fields of `Filters` each filter reads (a mask leaving a filter out ignores its fields). A
 * field added to `Filters` must be listed here, or masks would be reused when it changes.
 */
const FIELDS: Record<FilterKey, readonly (keyof Filters)[]> = {
  search: ['search'],
  themes: ['themes', 'themeMode'],
  clusters: ['clusters'],
  citations: ['citationRange'],
  map: ['mapSelection'],
  year: ['yearRange'],
};
const ALL_KEYS = Object.keys(FIELDS) as FilterKey[];

interface CachedMask {
  filters: Filters;
  /** The search index the mask was computed with (NO_INDEX when it does not search). */
  index: string[];
  mask: Uint8Array;
}
// Views ask for the same masks (e.g. the table and the status line both want every filter): one
// computation per dataset, exception list and state of the filters the mask uses, shared by all
// of them. A mask is reused (same array) while the filters it uses are unchanged, so a citation
// brush leaves the masks that ignore it, and everything memoised on them, untouched.
const maskCache = new WeakMap<readonly Paper[], Map<string, CachedMask[]>>();
const CACHED_PER_EXCEPT = 4;

/** True when `a` and `b` agree on every field the filters outside `except` read. */
function sameUsedFilters(a: Filters, b: Filters, except: readonly FilterKey[]): boolean {
  if (a === b) return true;
  for (const key of ALL_KEYS) {
    if (except.includes(key)) continue;
    for (const field of FIELDS[key]) if (a[field] !== b[field]) return false;
  }
  return true;
}

/** True when a mask under `filters`, leaving out `except`, reads the papers' text. */
const searchesIn = (filters: Filters, except: readonly FilterKey[]) =>
  isFilterActive(filters, 'search') && !except.includes('search');

/**
 * The entry of `recent` that `matches`, or a new one from `compute`, put first and kept among the
 * `limit` newest: the caches below each remember the last few states, newest first.
 */
function remember<T>(
  recent: T[],
  limit: number,
  matches: (entry: T) => boolean,
  compute: () => T,
): T {
  const hit = recent.find(matches);
  if (hit) return hit;
  const entry = compute();
  recent.unshift(entry);
  if (recent.length > limit) recent.pop();
  return entry;
}

/** The list `cache` keeps for `owner`, empty on first use. */
function listFor<K extends object, T>(cache: WeakMap<K, T[]>, owner: K): T[] {
  let list = cache.get(owner);
  if (!list) cache.set(owner, (list = []));
  return list;
}

// The search hits of the last queries, per search index: a query that narrows one of them (the
// next key of a word being typed) reads only the abstracts that one kept.
const hitsCache = new WeakMap<
  readonly string[],
  { key: string; words: string[]; hits: Uint8Array }[]
>();
const CACHED_QUERIES = 8;

function hitsOf(index: readonly string[], words: string[]): Uint8Array {
  const recent = listFor(hitsCache, index);
  const key = words.join(' ');
  return remember(
    recent,
    CACHED_QUERIES,
    (q) => q.key === key,
    () => {
      const wider = recent.find((q) => narrows(q.words, words));
      return { key, words, hits: searchHits(index, words, wider?.hits) };
    },
  ).hits;
}

// Each paper's failed filters under one state of the filters, shared by the masks that state asks
// for (the table's, the toggles', the map's, …): one pass over the papers instead of one a mask.
const failureCache = new WeakMap<
  readonly Paper[],
  { filters: Filters; index: string[]; failures: Uint8Array }[]
>();
const CACHED_FAILURES = 4;

function failuresFor(papers: readonly Paper[], filters: Filters, index: string[]): Uint8Array {
  return remember(
    listFor(failureCache, papers),
    CACHED_FAILURES,
    (c) => c.filters === filters && c.index === index,
    () => {
      const searching = index !== NO_INDEX;
      const hits = searching ? hitsOf(index, queryWords(filters.search)) : undefined;
      const skip: FilterKey[] = searching ? [] : ['search'];
      return { filters, index, failures: filterFailures(papers, index, filters, skip, hits) };
    },
  ).failures;
}

/** The crossfilter mask of `papers` under `filters`, leaving out the filters in `except`. */
export function sharedFilterMask(
  papers: readonly Paper[],
  filters: Filters,
  except: readonly FilterKey[],
): Uint8Array {
  const key = except.join(',');
  let byExcept = maskCache.get(papers);
  if (!byExcept) maskCache.set(papers, (byExcept = new Map()));
  let recent = byExcept.get(key);
  if (!recent) byExcept.set(key, (recent = []));
  // The index is only needed while a search is active; building it costs a pass over every abstract.
  const index = searchesIn(filters, except) ? searchIndexFor(papers) : NO_INDEX;
  // A new index means the papers' text changed (abstracts filled in): masks on the old one are stale.
  return remember(
    recent,
    CACHED_PER_EXCEPT,
    (c) => c.index === index && sameUsedFilters(c.filters, filters, except),
    () => ({ filters, index, mask: maskWithout(failuresFor(papers, filters, index), except) }),
  ).mask;
}

/** The crossfilter mask for a view: every filter except the view's own. */
export function useFilterMask(except: readonly FilterKey[] = []): Uint8Array {
  const papers = useAppStore((s) => s.dataset.papers);
  const filters = useAppStore((s) => s.filters);
  const exceptKey = except.join(',');
  // Abstracts filled in after the first paint change no array the views hold (see
  // `fillDetails`), so a mask that searches learns of them here; only such masks subscribe, so
  // their arrival re-renders no view that is not searching.
  const textPending = useAppStore(
    (s) => s.detailsPending && searchesIn(s.filters, exceptKey.split(',') as FilterKey[]),
  );
  return useMemo(
    () => sharedFilterMask(papers, filters, exceptKey ? (exceptKey.split(',') as FilterKey[]) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- textPending stands for the papers' text
    [papers, filters, exceptKey, textPending],
  );
}

/** The papers that pass every filter, in dataset order. */
export function useVisiblePapers(): Paper[] {
  const papers = useAppStore((s) => s.dataset.papers);
  const mask = useFilterMask();
  return useMemo(() => papers.filter((_, i) => mask[i] === 1), [papers, mask]);
}

/** Count of papers passing every filter. */
export function useVisibleCount(): number {
  return countMask(useFilterMask());
}

/** Index of papers by id for the current dataset. */
const byIdCache = new WeakMap<readonly Paper[], Map<string, Paper>>();
export function paperIndex(papers: readonly Paper[]): Map<string, Paper> {
  let index = byIdCache.get(papers);
  if (!index) {
    index = new Map(papers.map((p) => [p.id, p]));
    byIdCache.set(papers, index);
  }
  return index;
}

/** The paper with this id in the current dataset, or undefined. */
export function usePaper(id: string | null): Paper | undefined {
  const papers = useAppStore((s) => s.dataset.papers);
  return id === null ? undefined : paperIndex(papers).get(id);
}
