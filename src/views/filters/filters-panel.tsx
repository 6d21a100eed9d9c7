import { useDrawn } from '../shared/perf';
import { ActiveFilters } from './active-filters';
import { CitationRange } from './citation-range';
import { ClusterToggles } from './cluster-toggles';
import { SearchBox } from './search-box';
import { ThemeToggles } from './theme-toggles';
import { YearRange } from './year-range';
import './filters.css';

/** The "Filters" region: search, themes (Any / All), clusters, citation range and what is active. */
export function FiltersPanel() {
  useDrawn('filters');
  return (
    <div className="filters-panel">
      <SearchBox />
      <ActiveFilters />
      <ThemeToggles />
      <ClusterToggles />
      <CitationRange />
      <YearRange />
    </div>
  );
}
