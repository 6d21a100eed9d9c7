import { useMemo } from 'react';
import { countClusters } from '../../data/filter';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { categoryColor } from '../shared/colors';
import { noteInput } from '../shared/perf';
import { useShortList } from '../shared/show-all';
import { ToggleButton } from './toggle-button';

/** One toggle per topic cluster (by its possibly renamed label) with its crossfilter count. */
export function ClusterToggles() {
  const papers = useAppStore((s) => s.dataset.papers);
  const clusters = useAppStore((s) => s.dataset.clusters);
  const names = useAppStore((s) => s.view.clusterNames);
  const selected = useAppStore((s) => s.filters.clusters);
  const actions = useActions();
  const baseMask = useFilterMask(['clusters']);
  const counts = useMemo(() => countClusters(papers, baseMask), [papers, baseMask]);
  const { shown, listId, showAll } = useShortList(clusters, 'clusters', (c) =>
    selected.includes(c.id),
  );
  if (clusters.length === 0) return null;
  return (
    <fieldset className="filter-group">
      <legend>Clusters</legend>
      <ul className="theme-toggles" id={listId}>
        {shown.map((cluster) => (
          <li key={cluster.id}>
            <ToggleButton
              label={names[cluster.id] ?? cluster.label}
              color={categoryColor(cluster.id)}
              count={counts.get(cluster.id) ?? 0}
              pressed={selected.includes(cluster.id)}
              onToggle={(event) => {
                noteInput('filter', event);
                actions.toggleCluster(cluster.id);
              }}
            />
          </li>
        ))}
      </ul>
      {showAll}
    </fieldset>
  );
}
