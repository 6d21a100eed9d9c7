import type { CSSProperties } from 'react';
import { formatCount as count } from '../../data/format';

interface TooltipProps {
  /** Pointer position in the map's px. */
  x: number;
  y: number;
  width: number;
  height: number;
  title: string;
  citations: number;
  cluster: string | undefined;
  outlier: string | undefined;
}

/**
 * The hovered paper's title, citations and cluster. It opens towards the map's larger free side
 * of the pointer (anchored by right/bottom when the pointer is past the middle), so it stays
 * inside the map without measuring itself.
 */
export function MapTooltip({
  x,
  y,
  width,
  height,
  title,
  citations,
  cluster,
  outlier,
}: TooltipProps) {
  const style: CSSProperties = {
    maxWidth: Math.max(120, Math.min(280, width - 16)),
    ...(x > width / 2 ? { right: width - x + 12 } : { left: x + 12 }),
    ...(y > height / 2 ? { bottom: height - y + 12 } : { top: y + 12 }),
  };
  return (
    <div className="map-tooltip" style={style} aria-hidden="true">
      <strong>{title}</strong>
      <div>
        {count(citations)} citation{citations === 1 ? '' : 's'}
        {cluster ? ` · ${cluster}` : ''}
      </div>
      {outlier && <div className="muted">Outlier: {outlier}</div>}
    </div>
  );
}
