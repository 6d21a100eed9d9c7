import { useMemo } from 'react';
import { describeFilters } from '../../data/describe-filters';
import { citationExtent } from '../../data/stats';
import { useActions, useAppStore } from '../../store/context';
import { noteInput } from '../shared/perf';

/** The active filters in plain language; each part removable with one click, plus Reset. */
export function ActiveFilters() {
  const filters = useAppStore((s) => s.filters);
  const themes = useAppStore((s) => s.dataset.themes);
  const clusters = useAppStore((s) => s.dataset.clusters);
  const names = useAppStore((s) => s.view.clusterNames);
  const papers = useAppStore((s) => s.dataset.papers);
  const actions = useActions();
  // Once per dataset, not per filter change (a brush changes the filters every frame).
  const extent = useMemo(() => citationExtent(papers), [papers]);
  const parts = useMemo(() => {
    return describeFilters(filters, {
      themeLabel: (id) => themes.find((t) => t.id === id)?.label ?? id,
      clusterLabel: (id) => names[id] ?? clusters.find((c) => c.id === id)?.label ?? String(id),
      citationExtent: extent,
    });
  }, [filters, themes, clusters, names, extent]);

  return (
    <div className="active-filters">
      {parts.length === 0 ? (
        <p className="muted">No filters: showing every paper.</p>
      ) : (
        <ul aria-label="Active filters">
          {parts.map((part) => (
            <li key={part.key}>
              <span>{part.text}</span>
              <button
                type="button"
                className="remove-filter"
                aria-label={`Remove filter: ${part.text}`}
                onClick={(event) => {
                  noteInput('filter', event);
                  actions.clearFilter(part.key);
                }}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="reset-button"
        disabled={parts.length === 0}
        onClick={(event) => {
          noteInput('filter', event);
          actions.resetFilters();
        }}
      >
        Reset
      </button>
    </div>
  );
}
