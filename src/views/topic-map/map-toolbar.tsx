import type { MapCluster } from './map-model';

type Mode = 'pan' | 'lasso';

interface ToolbarProps {
  mode: Mode;
  setMode(mode: Mode): void;
  canClear: boolean;
  clear(): void;
  colorBy: 'cluster' | 'theme';
  setColorBy(colorBy: 'cluster' | 'theme'): void;
}

/** The map's controls: Pan / Lasso mode, "Clear map selection" and the colour choice. */
export function MapToolbar({ mode, setMode, canClear, clear, colorBy, setColorBy }: ToolbarProps) {
  return (
    <div className="map-toolbar">
      <div role="group" aria-label="Map mode" className="mode-toggle">
        {(['pan', 'lasso'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {m === 'pan' ? 'Pan' : 'Lasso'}
          </button>
        ))}
      </div>
      <button type="button" onClick={clear} disabled={!canClear}>
        Clear map selection
      </button>
      <label className="color-by">
        Colour map by{' '}
        <select
          name="map-colour-by"
          value={colorBy}
          onChange={(e) => setColorBy(e.target.value as 'cluster' | 'theme')}
        >
          <option value="cluster">Cluster</option>
          <option value="theme">Theme</option>
        </select>
      </label>
    </div>
  );
}

interface TextProps {
  summary: string;
  clusters: readonly MapCluster[];
  announcement: string;
}

/** The map's text alternative, key help and the live region that announces keyboard focus. */
export function MapScreenReaderText({ summary, clusters, announcement }: TextProps) {
  return (
    <div className="visually-hidden">
      <p id="topic-map-summary">
        {summary} {clusters.map((c) => `${c.name}: ${c.size} papers.`).join(' ')}
      </p>
      <p id="topic-map-help">
        Arrow keys move to the nearest paper in that direction; ] and [ jump to the next or previous
        cluster; Enter selects; Shift+Enter adds or removes the paper from the map selection; plus
        and minus zoom, 0 resets the zoom.
      </p>
      <p aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </div>
  );
}
