import { useMemo } from 'react';
import { line } from 'd3-shape';
import { format } from 'd3-format';
import { gini, lorenz, topShare } from '../../data/stats';
import { thin } from './scales';

const pct = format('.0%');

export interface Concentration {
  n: number;
  gini: number;
  top10: number;
  curve: { x: number; y: number }[];
}

/** Gini, top-10 share and a thinned Lorenz curve of some citation counts. */
export function concentration(values: readonly number[]): Concentration {
  return {
    n: values.length,
    gini: gini(values),
    top10: topShare(values, 10),
    curve: thin(lorenz(values), 160),
  };
}

/** One sentence for screen readers and the chart's text alternative. */
export function describeConcentration(c: Concentration): string {
  if (c.n === 0) return 'Concentration: no papers.';
  return `Concentration of citations over ${c.n} visible papers: Gini coefficient ${c.gini.toFixed(2)}, the top 10 papers hold ${pct(c.top10)} of citations.`;
}

/** A Lorenz curve in a `size` × `size` square with the line of equality, Gini and top-10 share. */
export function LorenzPanel({ c, size }: { c: Concentration; size: number }) {
  const path = useMemo(
    () =>
      line<{ x: number; y: number }>(
        (p) => p.x * size,
        (p) => size - p.y * size,
      )(c.curve) ?? '',
    [c, size],
  );
  return (
    <g className="lorenz" fontSize={10} fill="currentColor">
      <text y={-30} fontWeight={600}>
        Concentration
      </text>
      <text y={-17}>Gini {c.n ? c.gini.toFixed(2) : '–'}</text>
      <text y={-5}>Top 10 hold {c.n ? pct(c.top10) : '–'}</text>
      <rect width={size} height={size} fill="none" stroke="currentColor" strokeOpacity={0.3} />
      <line
        x1={0}
        y1={size}
        x2={size}
        y2={0}
        stroke="currentColor"
        strokeOpacity={0.4}
        strokeDasharray="3 3"
      />
      {c.n > 0 && <path d={path} className="lorenz-curve" fill="none" strokeWidth={2} />}
      <text x={size / 2} y={size + 14} textAnchor="middle" className="axis-label">
        Share of papers
      </text>
      <text
        transform={`translate(-6,${size / 2}) rotate(-90)`}
        textAnchor="middle"
        className="axis-label"
      >
        Share of citations
      </text>
    </g>
  );
}
