import type { FilterKey, Filters } from './filter';
import { formatCount as count } from './format';
import { isFilterActive } from './filter';

/** One active filter in words, with the key that removes it. */
export interface FilterPart {
  key: FilterKey;
  text: string;
}

export interface DescribeOptions {
  themeLabel(id: string): string;
  clusterLabel(id: number): string;
  /** The dataset's citation extent, so an open-ended range reads "≥ 200" rather than "200–2,967". */
  citationExtent: [number, number];
}

/** The active filters in plain language, e.g. "Reinforcement learning AND Multimodal", "citations ≥ 200". */
export function describeFilters(filters: Filters, options: DescribeOptions): FilterPart[] {
  const parts: FilterPart[] = [];
  if (isFilterActive(filters, 'search'))
    parts.push({ key: 'search', text: `search “${filters.search.trim()}”` });
  if (isFilterActive(filters, 'themes')) {
    const joiner = filters.themeMode === 'all' ? ' AND ' : ' OR ';
    parts.push({ key: 'themes', text: filters.themes.map(options.themeLabel).join(joiner) });
  }
  if (isFilterActive(filters, 'clusters')) {
    parts.push({
      key: 'clusters',
      text: `cluster ${filters.clusters.map(options.clusterLabel).join(' OR ')}`,
    });
  }
  if (filters.citationRange) {
    const [lo, hi] = filters.citationRange.map(Math.round) as [number, number];
    const [min, max] = options.citationExtent;
    const text =
      hi >= max
        ? `citations ≥ ${count(lo)}`
        : lo <= min
          ? `citations ≤ ${count(hi)}`
          : `citations ${count(lo)}–${count(hi)}`;
    parts.push({ key: 'citations', text });
  }
  if (filters.yearRange) {
    const [lo, hi] = filters.yearRange;
    parts.push({ key: 'year', text: lo === hi ? `year ${lo}` : `years ${lo}–${hi}` });
  }
  if (filters.mapSelection) {
    const n = filters.mapSelection.length;
    parts.push({ key: 'map', text: `map selection (${n} ${n === 1 ? 'paper' : 'papers'})` });
  }
  return parts;
}
