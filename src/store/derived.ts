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
// Views ask for the same masks (e.g. the table and the status line both want every filter): one
// computation per dataset, filter state and exception list, shared by all of them.
const maskCache = new WeakMap<readonly Paper[], WeakMap<Filters, Map<string, Uint8Array>>>();

/** The crossfilter mask of `papers` under `filters`, leaving out the filters in `except`. */
export function sharedFilterMask(
  papers: readonly Paper[],
  filters: Filters,
  except: readonly FilterKey[],
): Uint8Array {
  const key = except.join(',');
  let byFilters = maskCache.get(papers);
  if (!byFilters) maskCache.set(papers, (byFilters = new WeakMap()));
  let byExcept = byFilters.get(filters);
  if (!byExcept) byFilters.set(filters, (byExcept = new Map()));
  let mask = byExcept.get(key);
  if (!mask) {
    // The index is only needed while a search is active; building it costs a pass over every abstract.
    const index =
      isFilterActive(filters, 'search') && !except.includes('search')
        ? searchIndexFor(papers)
        : NO_INDEX;
    mask = filterMask(papers, index, filters, except);
    byExcept.set(key, mask);
  }
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
