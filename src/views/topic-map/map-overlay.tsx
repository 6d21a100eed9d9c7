import { line, curveLinearClosed } from 'd3-shape';
import type { Vec } from './geometry';
import type { PlacedLabel } from './labels';

/** A ring drawn around one paper. */
export interface Ring {
  id: string;
  x: number;
  y: number;
  r: number;
}

interface OverlayProps {
  width: number;
  height: number;
  labels: readonly (PlacedLabel & { name: string })[];
  /** The committed lasso in screen px (shown while it is the map selection). */
  lasso: readonly Vec[] | null;
  /** The lasso being drawn. */
  drawing: readonly Vec[] | null;
  selected: Ring | null;
  similar: readonly Ring[];
  hovered: Ring | null;
  focused: Ring | null;
  onLabelDoubleClick(id: number): void;
}

/** A ring `gap` px outside a paper's disc; its paper id is on the element for tests and tools. */
function RingMark({
  className,
  point,
  gap,
}: {
  className: string;
  point: Ring | null;
  gap: number;
}) {
  if (!point) return null;
  return (
    <circle
      className={className}
      data-paper-id={point.id}
      cx={point.x}
      cy={point.y}
      r={point.r + gap}
    />
  );
}

const closed = line<Vec>().curve(curveLinearClosed);
const open = line<Vec>();

/** The SVG layer above the point canvas: lasso, rings, similar-paper lines and cluster labels. */
export function MapOverlay(p: OverlayProps) {
  return (
    <>
      <rect className="map-hit" width={p.width} height={p.height} fill="transparent" />
      {p.lasso && <path className="lasso-outline" d={closed(p.lasso as Vec[]) ?? ''} />}
      {p.drawing && p.drawing.length > 1 && (
        <path className="lasso-drawing" d={open(p.drawing as Vec[]) ?? ''} />
      )}
      {p.selected && (
        <g className="similar-lines">
          {p.similar.map((s) => (
            <line
              key={s.id}
              className="similar-line"
              data-paper-id={s.id}
              x1={p.selected!.x}
              y1={p.selected!.y}
              x2={s.x}
              y2={s.y}
            />
          ))}
          {p.similar.map((s) => (
            <circle key={s.id} className="similar-ring" cx={s.x} cy={s.y} r={s.r + 2} />
          ))}
        </g>
      )}
      <RingMark className="hover-ring" point={p.hovered} gap={4} />
      <RingMark className="selection-ring" point={p.selected} gap={4} />
      <RingMark className="focus-ring" point={p.focused} gap={7} />
      <g className="cluster-labels">
        {p.labels.map((l) => (
          <text
            key={l.id}
            className="cluster-label"
            x={l.x}
            y={l.y}
            textAnchor="middle"
            dominantBaseline="central"
            onDoubleClick={() => p.onLabelDoubleClick(l.id)}
          >
            {l.name}
          </text>
        ))}
      </g>
    </>
  );
}
