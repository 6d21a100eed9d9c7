import { useMemo } from 'react';
import type { Paper } from '../data/types';
import { buildSearchIndex } from '../data/search';
import { countMask, filterMask, type FilterKey } from '../data/filter';
import { useAppStore } from './context';

const searchIndexCache = new WeakMap<readonly Paper[], string[]>();

/** The search index of a paper list, built once per dataset. */
export function searchIndexFor(papers: readonly Paper[]): string[] {
  let index = searchIndexCache.get(papers);
  if (!index) {
    index = buildSearchIndex(papers);
    searchIndexCache.set(papers, index);
  }
  return index;
}

/** The crossfilter mask for a view: every filter except the view's own. */
export function useFilterMask(except: readonly FilterKey[] = []): Uint8Array {
  const papers = useAppStore((s) => s.dataset.papers);
  const filters = useAppStore((s) => s.filters);
  const exceptKey = except.join(',');
  return useMemo(
    () => filterMask(papers, searchIndexFor(papers), filters, exceptKey ? (exceptKey.split(',') as FilterKey[]) : []),
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
