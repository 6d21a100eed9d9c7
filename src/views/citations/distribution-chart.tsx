import { useMemo, useRef, useState, type PointerEvent } from 'react';
import { scaleLinear, scaleLog } from 'd3-scale';
import { max, bisectRight } from 'd3-array';
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
  citationTicks,
  formatCount,
  formatTick,
} from './chart-parts';
import { LorenzPanel, describeConcentration } from './lorenz';
import { countBins, histogram, logSafe, type CitationScale } from './scales';
import { rangeConcentration, sortCitations, sortedMedian } from './sorted-citations';
import { Tooltip, pointerIn, type TooltipState } from './tooltip';
import { useBrushX } from './use-brush-x';

const TITLE = 'Distribution of citations';

/** Histogram of citations with a range brush (crossfiltered), and the Lorenz curve beside it. */
export function DistributionChart() {
  useDrawn('citations-distribution');
  const papers = useAppStore((s) => s.dataset.papers);
  const log = useAppStore((s) => s.view.histogramBins) === 'log';
  const range = useAppStore((s) => s.filters.citationRange);
  const actions = useActions();
  const others = useFilterMask(['citations']);
  const [boxRef, size, boxElement] = useSize<HTMLDivElement>({ width: 540, height: 220 });
  const svgRef = useRef<SVGSVGElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);
  useFigure('citations-distribution', TITLE, svgRef);

  const hist = useMemo(() => histogram(papers, log), [papers, log]);
  const counts = useMemo(() => countBins(hist, others), [hist, others]);
  // Sorted once per state of the other filters; a brush move then only bisects the range, so the
  // concentration follows the brush in the same frame (O(curve points), no sort of every paper).
  const sorted = useMemo(() => sortCitations(papers, others), [papers, others]);
  const conc = useMemo(() => rangeConcentration(sorted, range), [sorted, range]);
  const otherMedian = sortedMedian(sorted);
  const hiCitations = useMemo(() => max(papers, (p) => p.citations) ?? 0, [papers]);

  // Lorenz square to the right when there is room, else below the histogram.
  const side = size.width >= 460;
  const lorenzSize = side
    ? Math.max(60, Math.min(120, size.height - 90))
    : Math.min(110, size.width - 80);
  const margin = {
    top: 12,
    right: side ? lorenzSize + 44 : 12,
    bottom: side ? 36 : lorenzSize + 110,
    left: 44,
  };
  const plotW = Math.max(60, size.width - margin.left - margin.right);
  const plotH = Math.max(50, size.height - margin.top - margin.bottom);
  const edges = hist.edges;

  const x: CitationScale = useMemo(() => {
    const domain = [edges[0]!, edges[edges.length - 1]!];
    return (log ? scaleLog() : scaleLinear()).domain(domain).range([0, plotW]).clamp(true);
  }, [edges, log, plotW]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, Math.max(1, max(hist.total) ?? 1)])
        .range([plotH, 0])
        .nice(),
    [hist, plotH],
  );

  const toValue = (px: number) => x.invert(px);
  const toPx = (v: number) => x(log ? logSafe(v) : v);
  const brushPx: [number, number] | null = range ? [toPx(range[0]), toPx(range[1])] : null;

  const setRange = useFrameCoalesced(actions.setCitationRange);
  useBrushX(brushRef, {
    width: plotW,
    height: plotH,
    selection: brushPx,
    onBrush: (px, sourceEvent) => {
      noteInput('brush', sourceEvent);
      if (!px) return setRange(null);
      const lo = px[0] <= 0.5 ? 0 : Math.round(toValue(px[0]));
      const hi = px[1] >= plotW - 0.5 ? hiCitations : Math.round(toValue(px[1]));
      setRange([lo, Math.max(lo, hi)]);
    },
  });

  if (papers.length === 0) return <EmptyChart>No papers loaded.</EmptyChart>;

  const onMove = (event: PointerEvent) => {
    const p = pointerIn(event, boxElement.current);
    const bin = bisectRight(edges, toValue(p.x - margin.left)) - 1;
    if (bin < 0 || bin >= counts.length || p.y < margin.top || p.y > margin.top + plotH)
      return setTip(null);
    setTip({
      ...p,
      content: (
        <>
          <strong>
            {formatCount(edges[bin]!)}–{formatCount(edges[bin + 1]!)} citations
          </strong>
          <span>{formatCount(counts[bin]!)} papers pass the other filters</span>
          <span>{formatCount(hist.total[bin]!)} papers in all</span>
        </>
      ),
    });
  };

  const shown = counts.reduce((a, b) => a + b, 0);
  const label =
    `Histogram of citations: ${formatCount(shown)} papers` +
    (shown ? `, median ${formatCount(Math.round(otherMedian))}` : '') +
    `, ${counts.length} ${log ? 'log-spaced' : 'equal-width'} bins from ${formatCount(edges[0]!)} to ${formatCount(edges[edges.length - 1]!)}` +
    (range ? `; range ${formatCount(range[0])} to ${formatCount(range[1])} selected. ` : '. ') +
    describeConcentration(conc);
  const inRange = (i: number) => !range || (edges[i + 1]! > range[0] && edges[i]! <= range[1]);

  return (
    <div className="distribution">
      {/* The range's number inputs live in the Filters region; here, what the brush holds. */}
      <div className="range-inputs">
        <span className="muted">
          {range
            ? `Citations ${formatCount(range[0])} to ${formatCount(range[1])} selected`
            : 'Drag across the histogram to filter by citations'}
        </span>
        <button
          type="button"
          className="small-button"
          disabled={!range}
          onClick={(e) => {
            noteInput('filter', e);
            actions.setCitationRange(null);
          }}
        >
          Clear range
        </button>
      </div>
      <div
        className="chart-box"
        ref={boxRef}
        onPointerMove={onMove}
        onPointerLeave={() => setTip(null)}
      >
        <svg
          ref={svgRef}
          className="chart"
          width={size.width}
          height={size.height}
          role="img"
          aria-label={label}
        >
          <g transform={`translate(${margin.left},${margin.top})`}>
            <AxisLeft
              ticks={y
                .ticks(Math.max(2, Math.floor(plotH / 35)))
                .filter(Number.isInteger)
                .map((v) => ({ value: v, label: formatTick(v) }))}
              position={y}
              length={plotH}
              grid={plotW}
              label="Papers"
            />
            <g transform={`translate(0,${plotH})`}>
              <AxisBottom
                ticks={citationTicks(x, Math.max(2, Math.floor(plotW / 60)), log)}
                position={x}
                length={plotW}
                label={log ? 'Citations (log-spaced bins)' : 'Citations'}
              />
            </g>
            {Array.from(hist.total, (total, i) => {
              const x0 = x(edges[i]!);
              const w = Math.max(1, x(edges[i + 1]!) - x0 - 1);
              return (
                <g key={i} className="bin">
                  <rect
                    className="bin-all"
                    x={x0}
                    y={y(total)}
                    width={w}
                    height={plotH - y(total)}
                  />
                  <rect
                    className={inRange(i) ? 'bin-shown' : 'bin-shown out-of-range'}
                    x={x0}
                    y={y(counts[i]!)}
                    width={w}
                    height={plotH - y(counts[i]!)}
                  />
                </g>
              );
            })}
            <g
              transform={`translate(${Math.max(0, plotW - 150)},2)`}
              fontSize={10}
              fill="currentColor"
            >
              <rect className="bin-shown" width={10} height={10} />
              <text x={14} y={9}>
                pass the other filters
              </text>
              <rect className="bin-all" y={14} width={10} height={10} />
              <text x={14} y={23}>
                all papers
              </text>
            </g>
            <g ref={brushRef} className="brush" />
          </g>
          <g
            transform={
              side
                ? `translate(${size.width - lorenzSize - 12},${margin.top + 34})`
                : `translate(${margin.left + 10},${margin.top + plotH + 78})`
            }
          >
            <LorenzPanel c={conc} size={lorenzSize} />
          </g>
        </svg>
        <Tooltip state={tip} box={size} />
      </div>
    </div>
  );
}
