import { memo, useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { scaleBand } from 'd3-scale';
import type { Paper } from '../../data/types';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { noteInput, useDrawn } from '../shared/perf';
import { useFigure } from '../shared/use-figure';
import { useFrameCoalesced } from '../shared/use-frame-coalesced';
import { useSize } from '../shared/use-size';
import {
  AxisBottom,
  AxisLeft,
  EmptyChart,
  Legend,
  citationTicks,
  formatCount,
} from './chart-parts';
import { legendFor, usePaperColors } from './paper-colors';
import { citationScale, logSafe, rankOrder, rankedSlice } from './scales';
import { Tooltip, pointerIn, type TooltipState } from './tooltip';

/** How many bars the chart draws before "Show all". */
export const TOP_K = 100;
const TITLE = 'Citations by rank';
/** Legend rows under the chart when it is too narrow for a legend beside it. */
const LEGEND_ROWS_BELOW = 4;

/** One drawn column: a paper, or at large N the top paper of a run of neighbours. */
interface Column {
  index: number;
  /** Papers this column stands for (1 unless the chart is narrower than the list). */
  span: number;
}

/** Groups a long list into at most `max` columns, each shown by its most-cited paper that passes the filters. */
function toColumns(
  slice: readonly number[],
  max: number,
  papers: readonly Paper[],
  mask: Uint8Array,
): Column[] {
  const per = Math.max(1, Math.ceil(slice.length / Math.max(1, max)));
  const columns: Column[] = [];
  for (let start = 0; start < slice.length; start += per) {
    let best = slice[start]!;
    for (let j = start + 1; j < Math.min(slice.length, start + per); j++) {
      const i = slice[j]!;
      const better =
        (mask[i] ?? 0) - (mask[best] ?? 0) || papers[i]!.citations - papers[best]!.citations;
      if (better > 0) best = i;
    }
    columns.push({ index: best, span: Math.min(per, slice.length - start) });
  }
  return columns;
}

/** The column index a bar carries, or -1 for anything else under the pointer. */
function columnOf(target: EventTarget): number {
  const column = target instanceof Element ? target.getAttribute('data-column') : null;
  return column === null ? -1 : Number(column);
}

interface BarProps {
  id: string;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  dimmed: boolean;
  /** Outline width: 2 selected, 1 hovered, 0 none. */
  ring: number;
}

/**
 * One bar. Memoised, with plain values for props and the handlers on its group: a filter change
 * updates the bars whose opacity changed, not all of them with fresh closures for each.
 */
const Bar = memo(function Bar({ id, column, x, y, width, height, fill, dimmed, ring }: BarProps) {
  return (
    <rect
      data-id={id}
      data-column={column}
      className="bar"
      x={x}
      y={y}
      width={width}
      height={height}
      fill={fill}
      opacity={dimmed ? 0.22 : 1}
      stroke={ring > 0 ? 'currentColor' : 'none'}
      strokeWidth={ring === 2 ? 2 : 1}
    />
  );
});

/** The ranked bar chart: one bar per paper in rank order, top K unless "Show all". */
export function RankedBars({ showAll }: { showAll: boolean }) {
  useDrawn('citations-ranked');
  const papers = useAppStore((s) => s.dataset.papers);
  const log = useAppStore((s) => s.view.citationScale) === 'log';
  const hide = useAppStore((s) => s.view.filteredOut) === 'hide';
  const hoveredId = useAppStore((s) => s.hoveredId);
  const selectedId = useAppStore((s) => s.selectedId);
  const actions = useActions();
  const hover = useFrameCoalesced(actions.hover);
  const mask = useFilterMask();
  const colors = usePaperColors();
  const [boxRef, size, boxElement] = useSize<HTMLDivElement>({ width: 540, height: 230 });
  const svgRef = useRef<SVGSVGElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  const lastHover = useRef<string | null>(null);
  useFigure('citations-ranked', TITLE, svgRef);

  const order = useMemo(() => rankOrder(papers), [papers]);
  const slice = useMemo(
    () => rankedSlice(order, mask, hide, showAll ? papers.length : TOP_K),
    [order, mask, hide, showAll, papers.length],
  );
  const legendItems = useMemo(
    () =>
      legendFor(
        slice.map((i) => papers[i]!),
        colors,
      ),
    [slice, papers, colors],
  );

  const wide = size.width >= 440;
  const legendCols = wide ? 1 : Math.max(1, Math.floor((size.width - 16) / 120));
  // Below the chart the legend keeps to a few rows (its last says how many groups are left), so
  // 40 clusters do not squeeze the bars into a strip.
  const legendRows = wide
    ? 0
    : Math.min(LEGEND_ROWS_BELOW, Math.ceil(legendItems.length / legendCols));
  const legendHeight = wide ? 0 : 18 + legendRows * 14;
  const margin = { top: 12, right: wide ? 140 : 10, bottom: 34 + legendHeight, left: 46 };
  const plotW = Math.max(40, size.width - margin.left - margin.right);
  const plotH = Math.max(40, size.height - margin.top - margin.bottom);

  const columns = useMemo(
    () => toColumns(slice, Math.floor(plotW / 2), papers, mask),
    [slice, plotW, papers, mask],
  );
  const x = useMemo(
    () =>
      scaleBand<number>()
        .domain(columns.map((_, i) => i))
        .range([0, plotW])
        .paddingInner(plotW / Math.max(1, columns.length) > 4 ? 0.2 : 0),
    [columns, plotW],
  );
  const hi = useMemo(
    () => slice.reduce((m, i) => Math.max(m, papers[i]!.citations), 1),
    [slice, papers],
  );
  const y = useMemo(() => citationScale(hi, [plotH, 0], log), [hi, plotH, log]);
  const rankTicks = useMemo(() => {
    const step = Math.max(1, Math.ceil(columns.length / Math.max(2, Math.floor(plotW / 60))));
    return columns
      .filter((_, i) => i % step === 0)
      .map((c, i) => ({ value: i * step, label: String(papers[c.index]!.rank) }));
  }, [columns, plotW, papers]);

  if (papers.length === 0) return <EmptyChart>No papers loaded.</EmptyChart>;
  if (slice.length === 0) return <EmptyChart>No papers match the filters.</EmptyChart>;

  const showTip = (event: PointerEvent, paper: Paper, span: number) => {
    const group = colors.groupOf(paper);
    setTip({
      ...pointerIn(event, boxElement.current),
      content: (
        <>
          <strong>
            #{paper.rank} {paper.title}
          </strong>
          <span>{formatCount(paper.citations)} citations</span>
          <span>
            {colors.colorBy === 'theme' ? 'Theme' : 'Cluster'}: {group.label}
          </span>
          {span > 1 && <span>Top of {formatCount(span)} papers at this position</span>}
        </>
      ),
    });
  };
  const selectedCol = columns.findIndex((c) => papers[c.index]!.id === selectedId);
  const onKeyDown = (event: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: Math.min(columns.length - 1, selectedCol + 1),
      ArrowLeft: Math.max(0, selectedCol < 0 ? 0 : selectedCol - 1),
      Home: 0,
      End: columns.length - 1,
    };
    const next = moves[event.key];
    if (event.key === 'Escape') actions.select(null);
    if (next === undefined) return;
    event.preventDefault();
    noteInput('select', event);
    actions.select(papers[columns[next]!.index]!.id);
  };

  const visibleCount = slice.reduce((n, i) => n + (mask[i] ?? 0), 0);
  const label =
    `${TITLE}: ${columns.length === slice.length ? '' : `${formatCount(slice.length)} papers in ${columns.length} columns, `}` +
    `${showAll ? 'all' : `top ${formatCount(slice.length)}`} papers in rank order, ${formatCount(visibleCount)} passing the filters; ` +
    `citations from ${formatCount(papers[slice[0]!]!.citations)} (rank ${papers[slice[0]!]!.rank}) on a ${log ? 'log' : 'linear'} scale; ` +
    `coloured by ${colors.colorBy}.`;
  const bw = x.bandwidth();
  return (
    <div
      className="chart-box"
      ref={boxRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label="Ranked bars: left and right arrows move the selection, Escape clears it"
    >
      <svg
        ref={svgRef}
        className="chart"
        width={size.width}
        height={size.height}
        role="img"
        aria-label={label}
        onPointerLeave={() => {
          lastHover.current = null;
          hover(null);
          setTip(null);
        }}
      >
        <g transform={`translate(${margin.left},${margin.top})`}>
          <AxisLeft
            ticks={citationTicks(y, Math.max(2, Math.floor(plotH / 40)), log)}
            position={y}
            length={plotH}
            grid={plotW}
            label={log ? 'Citations (log)' : 'Citations'}
          />
          <g transform={`translate(0,${plotH})`}>
            <AxisBottom
              ticks={rankTicks}
              position={(i) => (x(i) ?? 0) + bw / 2}
              length={plotW}
              label="Rank"
            />
          </g>
          {/* One pair of handlers for every bar: each rect carries its column index. */}
          <g
            onPointerMove={(e) => {
              const c = columns[columnOf(e.target)];
              if (!c) return;
              const p = papers[c.index]!;
              if (lastHover.current !== p.id) {
                lastHover.current = p.id;
                noteInput('hover', e);
                hover(p.id);
              }
              showTip(e, p, c.span);
            }}
            onClick={(e) => {
              const c = columns[columnOf(e.target)];
              if (!c) return;
              noteInput('select', e);
              actions.select(papers[c.index]!.id);
            }}
          >
            {columns.map((c, i) => {
              const p = papers[c.index]!;
              const top = y(log ? logSafe(p.citations) : p.citations);
              return (
                <Bar
                  key={p.id}
                  id={p.id}
                  column={i}
                  x={x(i) ?? 0}
                  y={top}
                  width={Math.max(1, bw)}
                  height={Math.max(1, plotH - top)}
                  fill={colors.groupOf(p).color}
                  dimmed={mask[c.index] !== 1}
                  ring={p.id === selectedId ? 2 : p.id === hoveredId ? 1 : 0}
                />
              );
            })}
          </g>
          {selectedCol >= 0 && (
            <path
              className="selected-mark"
              d={`M${(x(selectedCol) ?? 0) + bw / 2},${y(papers[columns[selectedCol]!.index]!.citations) - 3} l-5,-8 h10 z`}
              fill="currentColor"
            >
              <title>Selected paper</title>
            </path>
          )}
        </g>
        <g
          transform={
            wide
              ? `translate(${size.width - margin.right + 12},${margin.top})`
              : `translate(${margin.left / 3},${size.height - legendHeight})`
          }
        >
          <Legend
            items={legendItems}
            columns={legendCols}
            columnWidth={wide ? 128 : 120}
            maxRows={wide ? (size.height - 30) / 14 : legendRows}
            title={colors.colorBy === 'theme' ? 'First theme' : 'Cluster'}
          />
        </g>
      </svg>
      <Tooltip state={tip} box={size} />
    </div>
  );
}
