import { format } from 'd3-format';
import type { ReactNode } from 'react';
import type { CitationScale } from './scales';

export { formatCount } from '../../data/format';
/** "1.2k" for axis ticks. */
export const formatTick = format('~s');

export interface Tick {
  value: number;
  label: string;
}

/** About `count` labelled ticks of a citation scale; log scales keep only 1-2-5 style ticks. */
export function citationTicks(scale: CitationScale, count: number, log: boolean): Tick[] {
  const ticks = scale.ticks(count);
  if (!log) return ticks.map((value) => ({ value, label: formatTick(value) }));
  const keep = ticks.filter((t) => {
    const lead = t / 10 ** Math.floor(Math.log10(t) + 1e-9);
    return (
      Math.abs(lead - 1) < 1e-6 ||
      (ticks.length < 12 && (Math.abs(lead - 2) < 1e-6 || Math.abs(lead - 5) < 1e-6))
    );
  });
  return keep.map((value) => ({ value, label: formatTick(value) }));
}

interface AxisProps {
  ticks: readonly Tick[];
  /** Pixel position of each tick along the axis. */
  position: (value: number) => number;
  /** Length of the axis line, and of grid lines across the plot (0 for none). */
  length: number;
  grid?: number;
  label: string;
}

/** A horizontal axis drawn at y = 0 of its group: line, ticks, labels and a title. */
export function AxisBottom({ ticks, position, length, grid = 0, label }: AxisProps) {
  return (
    <g className="axis" fontSize={10} fill="currentColor">
      <line x1={0} x2={length} stroke="currentColor" strokeOpacity={0.5} />
      {ticks.map((t) => {
        const x = position(t.value);
        return (
          <g key={t.value} transform={`translate(${x},0)`}>
            {grid > 0 && <line y1={-grid} y2={0} stroke="currentColor" strokeOpacity={0.12} />}
            <line y2={4} stroke="currentColor" strokeOpacity={0.5} />
            <text y={14} textAnchor="middle">
              {t.label}
            </text>
          </g>
        );
      })}
      <text x={length / 2} y={26} textAnchor="middle" className="axis-label">
        {label}
      </text>
    </g>
  );
}

/** A vertical axis drawn at x = 0 of its group, ticks to the left, title rotated. */
export function AxisLeft({ ticks, position, length, grid = 0, label }: AxisProps) {
  return (
    <g className="axis" fontSize={10} fill="currentColor">
      <line y1={0} y2={length} stroke="currentColor" strokeOpacity={0.5} />
      {ticks.map((t) => {
        const y = position(t.value);
        return (
          <g key={t.value} transform={`translate(0,${y})`}>
            {grid > 0 && <line x2={grid} stroke="currentColor" strokeOpacity={0.12} />}
            <line x1={-4} stroke="currentColor" strokeOpacity={0.5} />
            <text x={-6} dy="0.32em" textAnchor="end">
              {t.label}
            </text>
          </g>
        );
      })}
      <text
        transform={`translate(-34,${length / 2}) rotate(-90)`}
        textAnchor="middle"
        className="axis-label"
      >
        {label}
      </text>
    </g>
  );
}

export interface LegendItem {
  key: string;
  label: string;
  color: string;
}

/** Shortens a label to `max` characters with an ellipsis (the full text goes in a <title>). */
export function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/** Swatches with labels, laid out in `columns` columns of `columnWidth` px, 14 px per row. */
export function Legend({
  items: all,
  columns,
  columnWidth,
  title,
  maxRows = Infinity,
}: {
  items: readonly LegendItem[];
  columns: number;
  columnWidth: number;
  title: string;
  /** Rows that fit; beyond them the last row says how many more groups there are. */
  maxRows?: number;
}) {
  const maxChars = Math.max(6, Math.floor((columnWidth - 16) / 5.6));
  const room = Math.max(1, Math.floor(maxRows) * columns);
  const items =
    all.length <= room
      ? all
      : [
          ...all.slice(0, room - 1),
          { key: 'more', label: `+${all.length - room + 1} more`, color: 'none' },
        ];
  return (
    <g className="legend" fontSize={10} fill="currentColor">
      <text y={8} fontWeight={600}>
        {title}
      </text>
      {items.map((item, i) => (
        <g
          key={item.key}
          transform={`translate(${(i % columns) * columnWidth},${14 + Math.floor(i / columns) * 14})`}
        >
          <rect width={10} height={10} rx={2} fill={item.color} />
          <text x={14} y={9}>
            <title>{item.label}</title>
            {clip(item.label, maxChars)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** A message in place of a chart when there is nothing to draw. */
export function EmptyChart({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
