import { useMemo } from 'react';
import type { Paper } from '../data/types';
import { buildSearchIndex } from '../data/search';
import {
  countMask,
  filterMask,
  isFilterActive,
  type FilterKey,
  type Filters,
} from '../data/filter';
import { useAppStore } from './context';

const searchIndexCache = new WeakMap<readonly Paper[], string[]>();
/** Slices of an index built ahead of time by `warmSearchIndex`, not yet complete. */
const partialIndex = new WeakMap<readonly Paper[], string[]>();

/** The search index of a paper list, built once per dataset (finishing any warm-up synchronously). */
export function searchIndexFor(papers: readonly Paper[]): string[] {
  let index = searchIndexCache.get(papers);
  if (!index) {
    index = partialIndex.get(papers) ?? [];
    for (const text of buildSearchIndex(papers.slice(index.length))) index.push(text);
    searchIndexCache.set(papers, index);
    partialIndex.delete(papers);
  }
  return index;
}

/**
 * Builds the search index in small slices when the page is idle, so that neither the first paint
 * nor the first keystroke pays for indexing every abstract. Returns a function that stops it.
 */
export function warmSearchIndex(papers: readonly Paper[], slice = 1000): () => void {
  let stopped = false;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 1000 })
      : setTimeout(fn, 0);
  const step = () => {
    if (stopped || searchIndexCache.has(papers)) return;
    const done = partialIndex.get(papers) ?? [];
    partialIndex.set(papers, done);
    for (const text of buildSearchIndex(papers.slice(done.length, done.length + slice)))
      done.push(text);
    if (done.length >= papers.length) searchIndexFor(papers);
    else idle(step);
  };
  idle(step);
  return () => {
    stopped = true;
  };
}

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
  const hit = recent.find((c) => sameUsedFilters(c.filters, filters, except));
  if (hit) return hit.mask;
  // The index is only needed while a search is active; building it costs a pass over every abstract.
  const index =
    isFilterActive(filters, 'search') && !except.includes('search')
      ? searchIndexFor(papers)
      : NO_INDEX;
  const mask = filterMask(papers, index, filters, except);
  recent.unshift({ filters, mask });
  if (recent.length > CACHED_PER_EXCEPT) recent.pop();
  return mask;
}

/** The crossfilter mask for a view: every filter except the view's own. */
export function useFilterMask(except: readonly FilterKey[] = []): Uint8Array {
  const papers = useAppStore((s) => s.dataset.papers);
  const filters = useAppStore((s) => s.filters);
  const exceptKey = except.join(',');
  return useMemo(
    () => sharedFilterMask(papers, filters, exceptKey ? (exceptKey.split(',') as FilterKey[]) : []),
    [papers, filters, exceptKey],
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
