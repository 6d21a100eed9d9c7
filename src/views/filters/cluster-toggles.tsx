import { useMemo } from 'react';
import { countClusters } from '../../data/filter';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { categoryColor } from '../shared/colors';
import { noteInput } from '../shared/perf';

/** One toggle per topic cluster (by its possibly renamed label) with its crossfilter count. */
export function ClusterToggles() {
  const papers = useAppStore((s) => s.dataset.papers);
  const clusters = useAppStore((s) => s.dataset.clusters);
  const names = useAppStore((s) => s.view.clusterNames);
  const selected = useAppStore((s) => s.filters.clusters);
  const actions = useActions();
  const baseMask = useFilterMask(['clusters']);
  const counts = useMemo(() => countClusters(papers, baseMask), [papers, baseMask]);
  if (clusters.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>Clusters</legend>
      <ul className="theme-toggles">
        {clusters.map((cluster) => (
          <li key={cluster.id}>
            <button
              type="button"
              className="theme-toggle-button"
              aria-pressed={selected.includes(cluster.id)}
              onClick={(event) => {
                noteInput('filter', event);
                actions.toggleCluster(cluster.id);
              }}
            >
              <span
                className="swatch"
                aria-hidden="true"
                style={{ background: categoryColor(cluster.id) }}
              />
              <span className="label">{names[cluster.id] ?? cluster.label}</span>
              <span className="count">{counts.get(cluster.id) ?? 0}</span>
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
