import { useMemo, useRef, type KeyboardEvent, type MouseEvent } from 'react';
import { scaleSequential } from 'd3-scale';
import { max, min } from 'd3-array';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { noteInput, useDrawn } from '../shared/perf';
import { textColorOn } from '../shared/colors';
import { useThemeStyles } from '../shared/theme-chips';
import { useFigure } from '../shared/use-figure';
import { useSize } from '../shared/use-size';
import { AxisBottom, EmptyChart, citationTicks, clip, formatCount } from './chart-parts';
import { citationScale, logSafe } from './scales';
import { interpolateBlues } from './blues';
import { themeBreakdown } from './theme-stats';

const TITLE = 'Citations by theme';
const LABEL_W = 124;
const COUNT_W = 34;
/** Strip dots only where they stay few: no per-paper DOM at large N. */
const DOTS_MAX = 60;

/** `rgb(r, g, b)` (d3 interpolators) or `#rrggbb` as `#rrggbb`. */
function toHex(color: string): string {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(color);
  return m
    ? `#${m
        .slice(1)
        .map((c) => Number(c).toString(16).padStart(2, '0'))
        .join('')}`
    : color;
}

/** Per theme: paper count and citation spread (box plot, dots when few), and the theme overlap matrix. */
export function ByThemeChart() {
  useDrawn('citations-by-theme');
  const papers = useAppStore((s) => s.dataset.papers);
  const themes = useAppStore((s) => s.dataset.themes);
  const selected = useAppStore((s) => s.filters.themes);
  const mode = useAppStore((s) => s.filters.themeMode);
  const actions = useActions();
  const mask = useFilterMask(['themes']);
  const styles = useThemeStyles();
  const [boxRef, size] = useSize<HTMLDivElement>({ width: 540, height: 250 });
  const svgRef = useRef<SVGSVGElement>(null);
  const matrixRef = useRef<HTMLDivElement>(null);
  useFigure('citations-by-theme', TITLE, svgRef);

  const ids = useMemo(() => themes.map((t) => t.id), [themes]);
  const data = useMemo(() => themeBreakdown(papers, ids, mask), [papers, ids, mask]);
  const n = ids.length;
  // Each theme's values are sorted: its first and last are its extremes (no pass over every paper).
  const lo = min(data.values, (v) => v[0]) ?? 1;
  const hi = max(data.values, (v) => v[v.length - 1]) ?? 10;

  // Matrix beside the box plots when there is room, else below them; rows shared.
  const headerH = 16;
  const stacked = size.width < 420;
  const rowH = Math.max(
    12,
    Math.min(20, Math.floor((size.height - headerH - 40) / Math.max(1, n)) || 12),
  );
  const matrixW = n * rowH;
  const boxX = LABEL_W + COUNT_W;
  const boxW = Math.max(60, (stacked ? size.width : size.width - matrixW - 16) - boxX - 10);
  const matrixX = stacked ? LABEL_W : boxX + boxW + 16;
  const matrixY = stacked ? headerH + n * rowH + 64 + headerH : headerH;
  const height = stacked ? matrixY + matrixW + 16 : Math.max(size.height, headerH + n * rowH + 48);
  const x = useMemo(
    () =>
      citationScale(hi, [0, boxW], true)
        .domain([Math.min(10, logSafe(lo)), Math.max(10, hi)])
        .nice(),
    [lo, hi, boxW],
  );
  const maxOff = useMemo(() => {
    let m = 1;
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) if (a !== b) m = Math.max(m, data.co[a * n + b]!);
    return m;
  }, [data, n]);
  const color = useMemo(
    () => scaleSequential(interpolateBlues).domain([0, maxOff]).clamp(true),
    [maxOff],
  );

  if (n === 0)
    return (
      <EmptyChart>No themes yet: the analysis has not assigned themes to these papers.</EmptyChart>
    );
  if (data.passing === 0) return <EmptyChart>No papers match the filters.</EmptyChart>;

  const toggle = (id: string) => (event: MouseEvent) => {
    noteInput('theme', event);
    actions.toggleTheme(id);
  };
  const pick = (a: number, b: number) => (event: MouseEvent) => {
    noteInput('theme', event);
    actions.setThemes(a === b ? [ids[a]!] : [ids[a]!, ids[b]!]);
    actions.setThemeMode('all');
  };
  const isPair = (a: number, b: number) =>
    mode === 'all' &&
    selected.length === (a === b ? 1 : 2) &&
    selected.includes(ids[a]!) &&
    selected.includes(ids[b]!);
  const moveFocus = (event: KeyboardEvent<HTMLElement>, root: HTMLElement | null, cols: number) => {
    const buttons = [...(root?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = buttons.indexOf(event.target as HTMLButtonElement);
    const step: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      ArrowDown: cols,
      ArrowUp: -cols,
    };
    const next = buttons[i + (step[event.key] ?? 0)];
    if (i < 0 || step[event.key] === undefined || !next) return;
    event.preventDefault();
    buttons.forEach((b) => (b.tabIndex = b === next ? 0 : -1));
    next.focus();
  };

  const dotsShown = data.passing <= 400;
  const ticks = citationTicks(x, Math.max(2, Math.floor(boxW / 50)), true);
  const summaryText = data.summaries
    .map(
      (s, i) =>
        `${themes[i]!.label}: ${s.count} papers${s.count ? `, median ${formatCount(Math.round(s.median))}` : ''}`,
    )
    .join('; ');
  const label = `${TITLE} (log scale) for ${formatCount(data.passing)} papers: ${summaryText}. Theme overlap matrix: cells count papers with both themes.`;
  return (
    <div className="chart-box by-theme" ref={boxRef}>
      <svg
        ref={svgRef}
        className="chart"
        width={size.width}
        height={height}
        role="img"
        aria-label={label}
      >
        <g fontSize={10} fill="currentColor">
          <text x={0} y={11} fontWeight={600}>
            Theme
          </text>
          <text x={boxX - 4} y={11} textAnchor="end" fontWeight={600}>
            Papers
          </text>
          <text x={boxX} y={11} fontWeight={600}>
            Citations
          </text>
        </g>
        {data.summaries.map((s, i) => {
          const y0 = headerH + i * rowH;
          const mid = y0 + rowH / 2;
          const on = selected.includes(ids[i]!);
          const fill = styles.get(ids[i]!)?.color ?? '#888888';
          const px = (v: number) => boxX + x(logSafe(v));
          const dots = data.values[i]!.length <= DOTS_MAX && dotsShown;
          return (
            <g key={ids[i]} fontSize={10} fill="currentColor">
              {on && (
                <rect className="row-selected" x={0} y={y0} width={boxX + boxW} height={rowH} />
              )}
              <rect x={0} y={mid - 4} width={8} height={8} rx={2} fill={fill} />
              <text x={12} y={mid} dy="0.32em" fontWeight={on ? 700 : 400}>
                <title>{themes[i]!.label}</title>
                {on ? '✓ ' : ''}
                {i + 1}. {clip(themes[i]!.label, on ? 17 : 19)}
              </text>
              <text x={boxX - 4} y={mid} dy="0.32em" textAnchor="end">
                {s.count}
              </text>
              {s.count > 0 && (
                <g>
                  <line
                    x1={px(s.min)}
                    x2={px(s.max)}
                    y1={mid}
                    y2={mid}
                    stroke="currentColor"
                    strokeOpacity={0.6}
                  />
                  <rect
                    x={px(s.q1)}
                    y={mid - rowH * 0.32}
                    width={Math.max(1, px(s.q3) - px(s.q1))}
                    height={rowH * 0.64}
                    fill={fill}
                    fillOpacity={0.35}
                    stroke={fill}
                  />
                  <line
                    x1={px(s.median)}
                    x2={px(s.median)}
                    y1={mid - rowH * 0.36}
                    y2={mid + rowH * 0.36}
                    stroke="currentColor"
                    strokeWidth={2}
                  />
                  {dots &&
                    data.values[i]!.map((v, j) => (
                      <circle
                        key={j}
                        cx={px(v)}
                        cy={mid + (((j * 7) % 5) - 2) * rowH * 0.08}
                        r={1.6}
                        fillOpacity={0.55}
                      />
                    ))}
                </g>
              )}
            </g>
          );
        })}
        <g transform={`translate(${boxX},${headerH + n * rowH + 4})`}>
          <AxisBottom ticks={ticks} position={x} length={boxW} label="Citations (log scale)" />
          <text x={-boxX} y={40} fontSize={10} fill="currentColor" className="axis-label">
            Box: middle half · bar: median · whiskers: min–max{dotsShown ? ' · dots: papers' : ''}
          </text>
        </g>
        <g transform={`translate(${matrixX},${matrixY})`} fontSize={9} fill="currentColor">
          <text y={-5} fontWeight={600}>
            Overlap (papers with both)
          </text>
          {ids.map((_, a) =>
            ids.map((__, b) => {
              const count = data.co[a * n + b]!;
              const bg = count ? color(count) : 'none';
              return (
                <g key={`${a}-${b}`} transform={`translate(${b * rowH},${a * rowH})`}>
                  <rect
                    width={rowH - 1}
                    height={rowH - 1}
                    fill={bg}
                    stroke={isPair(a, b) ? 'currentColor' : 'none'}
                    strokeWidth={2}
                    className={count ? undefined : 'cell-empty'}
                  />
                  {count > 0 && rowH >= 14 && (
                    <text
                      x={(rowH - 1) / 2}
                      y={(rowH - 1) / 2}
                      dy="0.32em"
                      textAnchor="middle"
                      fill={textColorOn(toHex(bg))}
                      fontSize={8}
                    >
                      {count}
                    </text>
                  )}
                </g>
              );
            }),
          )}
          {stacked &&
            ids.map((_, a) => (
              <text key={a} x={-4} y={a * rowH + rowH / 2} dy="0.32em" textAnchor="end">
                {a + 1}
              </text>
            ))}
          {ids.map((_, b) => (
            <text key={b} x={b * rowH + rowH / 2} y={n * rowH + 9} textAnchor="middle">
              {b + 1}
            </text>
          ))}
        </g>
      </svg>
      <div
        className="hit-layer"
        role="group"
        aria-label="Theme filters: arrow keys move between themes"
        onKeyDown={(e) => moveFocus(e, e.currentTarget, 1)}
      >
        {themes.map((t, i) => (
          <button
            key={t.id}
            type="button"
            className="overlay-button"
            aria-pressed={selected.includes(t.id)}
            tabIndex={i === 0 ? 0 : -1}
            style={{ left: 0, top: headerH + i * rowH, width: boxX, height: rowH }}
            onClick={toggle(t.id)}
            aria-label={`${t.label}: ${data.summaries[i]!.count} papers${data.summaries[i]!.count ? `, median ${formatCount(Math.round(data.summaries[i]!.median))} citations` : ''}`}
          />
        ))}
      </div>
      <div
        className="hit-layer"
        ref={matrixRef}
        role="group"
        aria-label="Theme overlap: arrow keys move between cells, Enter filters to papers with both themes"
        onKeyDown={(e) => moveFocus(e, matrixRef.current, n)}
      >
        {ids.map((_, a) =>
          ids.map((__, b) => (
            <button
              key={`${a}-${b}`}
              type="button"
              className="overlay-button"
              tabIndex={a === 0 && b === 0 ? 0 : -1}
              aria-pressed={isPair(a, b)}
              style={{
                left: matrixX + b * rowH,
                top: matrixY + a * rowH,
                width: rowH - 1,
                height: rowH - 1,
              }}
              onClick={pick(a, b)}
              aria-label={
                a === b
                  ? `${themes[a]!.label}: ${data.co[a * n + b]} papers`
                  : `${themes[a]!.label} and ${themes[b]!.label}: ${data.co[a * n + b]} papers with both`
              }
            />
          )),
        )}
      </div>
    </div>
  );
}
