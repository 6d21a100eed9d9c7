import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useShortList } from '../shared/show-all';
import type { MapCluster } from './map-model';

interface LegendProps {
  clusters: readonly MapCluster[];
  /** Theme swatches when the map is coloured by theme; null when coloured by cluster. */
  themes: readonly { label: string; color: string }[] | null;
  hasOutliers: boolean;
  /** The cluster whose name is being edited (also opened by double-clicking a map label). */
  editing: number | null;
  setEditing(id: number | null): void;
  rename(id: number, name: string): void;
}

/** Legend of the map: cluster names (renamable in place), theme colours, outlier and size keys. */
export function MapLegend({
  clusters,
  themes,
  hasOutliers,
  editing,
  setEditing,
  rename,
}: LegendProps) {
  const input = useRef<HTMLInputElement>(null);
  const last = useRef<number | null>(null);
  const buttons = useRef(new Map<number, HTMLButtonElement>());
  const editingCluster = clusters.find((c) => c.id === editing);
  const { shown, listId, showAll } = useShortList(clusters, 'clusters', (c) => c.id === editing);

  useEffect(() => {
    if (editing !== null) {
      last.current = editing;
      return;
    }
    // Give focus back to the cluster's Rename button once its input closes.
    if (last.current !== null) buttons.current.get(last.current)?.focus();
    last.current = null;
  }, [editing]);

  const finish = (commit: boolean) => {
    if (editing === null) return;
    if (commit && input.current) rename(editing, input.current.value);
    setEditing(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish(true);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      finish(false);
    }
  };

  return (
    <div className="map-legend">
      {clusters.length > 0 && (
        <ul className="map-legend-list" aria-label="Clusters" id={listId}>
          {shown.map((c) => (
            <li key={c.id}>
              {!themes && (
                <span className="swatch" style={{ background: c.color }} aria-hidden="true" />
              )}
              {editingCluster?.id === c.id ? (
                <input
                  className="cluster-name-input"
                  name="cluster-name"
                  aria-label={`New name for cluster ${c.name}`}
                  ref={input}
                  defaultValue={c.name}
                  autoFocus
                  onFocus={(e) => e.currentTarget.select()}
                  onKeyDown={onKeyDown}
                  onBlur={() => finish(true)}
                />
              ) : (
                <>
                  <span className="cluster-name">{c.name}</span>{' '}
                  <span className="muted">({c.size})</span>
                  <button
                    type="button"
                    className="rename-button"
                    ref={(el) => {
                      if (el) buttons.current.set(c.id, el);
                      else buttons.current.delete(c.id);
                    }}
                    aria-label={`Rename cluster ${c.name}`}
                    title="Rename (or double-click the label on the map)"
                    onClick={() => setEditing(c.id)}
                  >
                    ✎
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {showAll}
      {themes && (
        <ul className="map-legend-list" aria-label="Theme colours">
          {themes.map((t) => (
            <li key={t.label}>
              <span className="swatch" style={{ background: t.color }} aria-hidden="true" />
              {t.label}
            </li>
          ))}
        </ul>
      )}
      <p className="map-legend-keys muted">
        Area ∝ citations
        {hasOutliers && (
          <>
            {' · '}
            <svg
              width="12"
              height="12"
              viewBox="0 0 12 12"
              aria-hidden="true"
              className="outlier-key"
            >
              <path d="M6 1 L11 6 L6 11 L1 6 Z" />
            </svg>{' '}
            outlier
          </>
        )}
      </p>
    </div>
  );
}
