import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { countMask } from '../../data/filter';
import { latexToPlain } from '../../data/parse/latex';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { noteInput } from '../shared/perf';
import { useFigure } from '../shared/use-figure';
import { useFrameCoalesced } from '../shared/use-frame-coalesced';
import { useSize } from '../shared/use-size';
import { useThemeStyles } from '../shared/theme-chips';
import { describePaper, highlightSummary } from './describe';
import { HIGHLIGHTED } from './draw-points';
import type { Vec } from './geometry';
import { clusterLabels } from './labels';
import { handleMapKey } from './map-keyboard';
import { MapLegend } from './map-legend';
import { MapScreenReaderText, MapToolbar } from './map-toolbar';
import { buildLayout, colorIndices, mapClusters, pointStates, viewScales } from './map-model';
import { MapOverlay, type Ring } from './map-overlay';
import { MapTooltip } from './map-tooltip';
import { useCanvasPoints } from './use-canvas-points';
import { useLasso } from './use-lasso';
import { useMapSelection } from './use-map-selection';
import { useMapPointer } from './use-map-pointer';
import { useMapZoom, type Viewport } from './use-map-zoom';
import './topic-map.css';

const IDENTITY: Viewport = { k: 1, x: 0, y: 0 };

/** The map itself, once the dataset has a layout. */
export function TopicMapView() {
  const papers = useAppStore((s) => s.dataset.papers);
  const datasetClusters = useAppStore((s) => s.dataset.clusters);
  const themes = useAppStore((s) => s.dataset.themes);
  const view = useAppStore((s) => s.view);
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const mapSelection = useAppStore((s) => s.filters.mapSelection);
  // Similar papers may come later, in a companion file: their arrival re-renders the rings of a
  // selected paper (and nothing when none is selected).
  useAppStore((s) => s.detailsPending && s.selectedId !== null);
  const actions = useActions();
  const themeStyles = useThemeStyles();

  const [wrapRef, size] = useSize<HTMLDivElement>({ width: 600, height: 400 });
  const svgRef = useRef<SVGSVGElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useFigure('topic-map', 'Topic map', svgRef, canvasRef);

  const [mode, setMode] = useState<'pan' | 'lasso'>('pan');
  const [transform, setTransform] = useState<Viewport>(view.mapViewport ?? IDENTITY);
  const [focus, setFocus] = useState(-1);
  const [focused, setFocused] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [tip, setTip] = useState<{ i: number; x: number; y: number } | null>(null);
  const [editing, setEditing] = useState<number | null>(null);

  const layout = useMemo(() => buildLayout(papers), [papers]);
  const pointOf = useMemo(
    () => new Map(Array.from(layout.paper, (pi, i) => [papers[pi]!.id, i])),
    [layout, papers],
  );
  const mask = useFilterMask(['map']);
  const fullMask = useFilterMask();
  const highlighted = countMask(fullMask);
  const colors = useMemo(
    () => colorIndices(papers, layout, view.colorBy, themes, datasetClusters),
    [papers, layout, view.colorBy, themes, datasetClusters],
  );
  const state = useMemo(
    () => pointStates(layout, mask, view.filteredOut === 'hide'),
    [layout, mask, view.filteredOut],
  );
  const points = useMemo(
    () => ({ ...layout.points, color: colors.color, state }),
    [layout, colors, state],
  );
  const clusters = useMemo(
    () => mapClusters(papers, layout, datasetClusters, view.clusterNames),
    [papers, layout, datasetClusters, view.clusterNames],
  );
  const clusterName = useCallback(
    (id: number | undefined) => clusters.find((c) => c.id === id)?.name,
    [clusters],
  );
  const hasOutliers = useMemo(() => layout.points.outlier.includes(1), [layout]);
  const { width, height } = size;
  const scales = useMemo(() => viewScales(width, height, transform), [width, height, transform]);
  useCanvasPoints(canvasRef, {
    points,
    scales,
    palette: colors.palette,
    width,
    height,
    theme: view.theme,
  });

  const setViewport = useFrameCoalesced((t: Viewport, event: Event, drawn: boolean) => {
    if (!drawn) noteInput('zoom', event);
    actions.setView({ mapViewport: t });
  });
  const zoomApi = useMapZoom(svgRef, {
    width,
    height,
    dragPans: mode === 'pan',
    viewport: view.mapViewport,
    onZoom: setTransform,
    onZoomEnd: setViewport,
  });

  const screen = useCallback(
    (i: number): Vec => [scales.x(layout.points.x[i]!), scales.y(layout.points.y[i]!)],
    [scales, layout],
  );
  const ring = (i: number | undefined): Ring | null => {
    if (i === undefined || i < 0) return null;
    const [x, y] = screen(i);
    return { id: papers[layout.paper[i]!]!.id, x, y, r: layout.points.r[i]! };
  };

  const selection = useMapSelection(papers, layout, setAnnouncement);
  const lassoApi = useLasso(mode === 'lasso', (polygon, event) =>
    selection.finishLasso(polygon, scales, event),
  );
  const { onMove, onLeave, onClick } = useMapPointer({
    papers,
    layout,
    scales,
    state,
    onLassoMove: lassoApi.handlers.onPointerMove,
    onTip: setTip,
    onPick: setFocus,
  });

  const moveFocus = (i: number, prefix = '') => {
    if (i < 0) return;
    setFocus(i);
    const p = papers[layout.paper[i]!]!;
    setAnnouncement(prefix + describePaper(p, clusterName(p.cluster)));
    const [x, y] = screen(i);
    if (x < 0 || y < 0 || x > width || y > height) {
      zoomApi.panTo(
        viewScales(width, height, IDENTITY).base(layout.points.x[i]!, layout.points.y[i]!),
        new Event('keydown'),
      );
    }
  };
  const selectedPoint = selectedId === null ? -1 : (pointOf.get(selectedId) ?? -1);
  const onKeyDown = (event: KeyboardEvent) => {
    // The points the keys may visit, and where focus starts, are worked out on a key press, not
    // on every render: each is a pass over every point (~10 ms at 10,000 in the first renders
    // after load, and on each brush frame at 100,000).
    const navigable: number[] = [];
    state.forEach((s, i) => s === HIGHLIGHTED && navigable.push(i));
    handleMapKey(event, {
      papers,
      layout,
      clusters,
      navigable,
      screen,
      focus,
      start:
        selectedPoint >= 0 && state[selectedPoint] === HIGHLIGHTED
          ? selectedPoint
          : mostCited(navigable, (i) => papers[layout.paper[i]!]!.citations),
      moveFocus,
      select: (i, e) => {
        noteInput('select', e);
        actions.select(papers[layout.paper[i]!]!.id);
      },
      toggleInMapSelection: (i) => selection.toggle(i, event),
      zoomBy: (k, e) => zoomApi.zoomBy(k, e.nativeEvent),
      resetZoom: (e) => {
        noteInput('zoom', e);
        actions.setView({ mapViewport: null });
      },
      deselect: (e) => {
        noteInput('select', e);
        actions.select(null);
      },
    });
  };

  const labels = useMemo(
    () => clusterLabels(clusters, scales, width, height),
    [clusters, scales, width, height],
  );

  const selected = ring(selectedPoint);
  const selectedPaper = selectedPoint >= 0 ? papers[layout.paper[selectedPoint]!] : undefined;
  const similar = (selectedPaper?.similar ?? []).flatMap((id) => {
    const r = ring(pointOf.get(id));
    return r ? [r] : [];
  });
  const tipPaper = tip ? papers[layout.paper[tip.i]!] : undefined;
  const themeLegend =
    view.colorBy === 'theme' ? themes.map((t) => themeStyles.get(t.id)!).filter(Boolean) : null;
  const summaryText = `Topic map of ${layout.paper.length} papers in ${clusters.length} clusters, placed by text similarity; area shows citations.`;

  return (
    <div className="topic-map-view">
      <MapToolbar
        mode={mode}
        setMode={setMode}
        canClear={mapSelection !== null}
        clear={() => selection.clear(null)}
        colorBy={view.colorBy}
        setColorBy={(colorBy) => actions.setView({ colorBy })}
      />
      <div className="map-body">
        <div
          ref={wrapRef}
          className={`map-area mode-${mode}`}
          tabIndex={0}
          role="application"
          aria-roledescription="topic map"
          aria-label="Topic map"
          aria-describedby="topic-map-summary topic-map-help"
          onKeyDown={onKeyDown}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        >
          <canvas
            ref={canvasRef}
            className="map-canvas"
            style={{ width, height }}
            aria-hidden="true"
          />
          <svg
            ref={svgRef}
            className="map-overlay"
            width={width}
            height={height}
            role="img"
            aria-label={summaryText}
            onPointerDown={lassoApi.handlers.onPointerDown}
            onPointerMove={onMove}
            onPointerUp={lassoApi.handlers.onPointerUp}
            onPointerCancel={lassoApi.handlers.onPointerCancel}
            onPointerLeave={onLeave}
            onClick={onClick}
          >
            <MapOverlay
              width={width}
              height={height}
              labels={labels}
              lasso={selection.outline?.map(([x, y]) => [scales.x(x), scales.y(y)] as Vec) ?? null}
              drawing={lassoApi.path}
              selected={selected}
              similar={similar}
              hovered={ring(hoveredId === null ? undefined : pointOf.get(hoveredId))}
              focused={focused ? ring(focus) : null}
              onLabelDoubleClick={setEditing}
            />
          </svg>
          {tip && tipPaper && (
            <MapTooltip
              x={tip.x}
              y={tip.y}
              width={width}
              height={height}
              title={latexToPlain(tipPaper.title)}
              citations={tipPaper.citations}
              cluster={clusterName(tipPaper.cluster)}
              outlier={tipPaper.outlierReason ?? (tipPaper.outlier ? 'outlier' : undefined)}
            />
          )}
        </div>
        <MapScreenReaderText
          summary={summaryText}
          clusters={clusters}
          announcement={announcement}
        />
        <div className="map-side">
          <p className="map-summary">{highlightSummary(highlighted, papers.length)}</p>
          <MapLegend
            clusters={clusters}
            themes={themeLegend}
            hasOutliers={hasOutliers}
            editing={editing}
            setEditing={setEditing}
            rename={actions.renameCluster}
          />
        </div>
      </div>
    </div>
  );
}

/** The highlighted point with the most citations: where keyboard focus starts. */
function mostCited(ids: readonly number[], citations: (i: number) => number): number {
  let best = -1;
  for (const i of ids) if (best < 0 || citations(i) > citations(best)) best = i;
  return best;
}
