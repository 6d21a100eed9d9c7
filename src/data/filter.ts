import type { Paper } from './types';
import { matchesWords, queryWords } from './search';

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

/** True when a paper's themes satisfy the selected themes under Any / All. */
export function matchesThemes(
  paperThemes: readonly string[] | undefined,
  selected: readonly string[],
  mode: 'any' | 'all',
): boolean {
  if (selected.length === 0) return true;
  const own = paperThemes ?? [];
  return mode === 'all'
    ? selected.every((t) => own.includes(t))
    : selected.some((t) => own.includes(t));
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
): Uint8Array {
  const mask = new Uint8Array(papers.length).fill(1);
  const use = (key: FilterKey) => !except.includes(key) && isFilterActive(filters, key);
  const words = queryWords(filters.search);
  const clusters = new Set(filters.clusters);
  const mapIds = new Set(filters.mapSelection ?? []);
  const range = filters.citationRange;
  const years = filters.yearRange;
  const [useSearch, useThemes, useClusters, useCitations, useMap, useYear] = (
    ['search', 'themes', 'clusters', 'citations', 'map', 'year'] as const
  ).map(use);
  for (let i = 0; i < papers.length; i++) {
    const p = papers[i]!;
    if (
      (useSearch && !matchesWords(searchIndex[i] ?? '', words)) ||
      (useThemes && !matchesThemes(p.themes, filters.themes, filters.themeMode)) ||
      (useClusters && (p.cluster === undefined || !clusters.has(p.cluster))) ||
      (useCitations && range && (p.citations < range[0] || p.citations > range[1])) ||
      (useMap && !mapIds.has(p.id)) ||
      (useYear && years && (p.year === undefined || p.year < years[0] || p.year > years[1]))
    ) {
      mask[i] = 0;
    }
  }
  return mask;
}

/** Number of ones in a mask. */
export function countMask(mask: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < mask.length; i++) n += mask[i]!;
  return n;
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
  const counts = new Map(themeIds.map((id) => [id, 0]));
  for (let i = 0; i < papers.length; i++) {
    if (!baseMask[i]) continue;
    const own = papers[i]!.themes ?? [];
    if (mode === 'all' && !selected.every((t) => own.includes(t))) continue;
    for (const t of own) {
      const c = counts.get(t);
      if (c !== undefined) counts.set(t, c + 1);
    }
  }
  return counts;
}

/** How many papers passing `baseMask` fall in each cluster. */
export function countClusters(papers: readonly Paper[], baseMask: Uint8Array): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i < papers.length; i++) {
    const cluster = papers[i]!.cluster;
    if (baseMask[i] && cluster !== undefined) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  return counts;
}
