/** Point state as drawn: hidden by a filter, dimmed by a filter, or highlighted. */
export const HIDDEN = 0;
export const DIMMED = 1;
export const HIGHLIGHTED = 2;

/** Columnar point data (typed arrays keep 50,000 points cheap to rebuild and draw). */
export interface MapPoints {
  /** Data coordinates in [-1, 1]. */
  x: Float64Array;
  y: Float64Array;
  /** Radius in CSS pixels. */
  r: Float32Array;
  /** Index into `styles.palette`. */
  color: Uint16Array;
  /** HIDDEN, DIMMED or HIGHLIGHTED. */
  state: Uint8Array;
  /** 1 for outliers (drawn with a hollow diamond). */
  outlier: Uint8Array;
}

/** Data-to-screen mapping in CSS pixels. */
export interface MapScales {
  x(value: number): number;
  y(value: number): number;
}

/** Colours and size of the canvas (CSS pixels). */
export interface PointStyles {
  palette: readonly string[];
  dimColor: string;
  /** Outline of highlighted points and of the outlier diamond. */
  stroke: string;
  /** Outline of the outlier diamonds (the text colour, so they read on any point). */
  outlierStroke: string;
  width: number;
  height: number;
}

/** The subset of CanvasRenderingContext2D that drawPoints uses (so tests can record calls). */
export type PointContext = Pick<
  CanvasRenderingContext2D,
  'clearRect' | 'beginPath' | 'moveTo' | 'lineTo' | 'arc' | 'closePath' | 'fill' | 'stroke'
> & { fillStyle: unknown; strokeStyle: unknown; globalAlpha: number; lineWidth: number };

/**
 * Draws the map's points: dimmed ones first in one path, then highlighted ones batched by
 * colour (one fill per colour instead of one per point is what keeps 50k points in a frame),
 * then outlier diamonds on top. Points outside the canvas are skipped.
 */
export function drawPoints(
  ctx: PointContext,
  points: MapPoints,
  scales: MapScales,
  styles: PointStyles,
): void {
  const { width, height } = styles;
  ctx.clearRect(0, 0, width, height);
  const n = points.x.length;
  const sx = new Float32Array(n);
  const sy = new Float32Array(n);
  const onScreen = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    sx[i] = scales.x(points.x[i]!);
    sy[i] = scales.y(points.y[i]!);
    const r = points.r[i]!;
    onScreen[i] =
      sx[i]! + r >= 0 && sx[i]! - r <= width && sy[i]! + r >= 0 && sy[i]! - r <= height ? 1 : 0;
  }
  const circles = (keep: (i: number) => boolean) => {
    ctx.beginPath();
    let any = false;
    for (let i = 0; i < n; i++) {
      if (!onScreen[i] || !keep(i)) continue;
      ctx.moveTo(sx[i]! + points.r[i]!, sy[i]!);
      ctx.arc(sx[i]!, sy[i]!, points.r[i]!, 0, 2 * Math.PI);
      any = true;
    }
    return any;
  };

  if (circles((i) => points.state[i] === DIMMED)) {
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = styles.dimColor;
    ctx.fill();
  }
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = styles.stroke;
  for (let c = 0; c < styles.palette.length; c++) {
    if (!circles((i) => points.state[i] === HIGHLIGHTED && points.color[i] === c)) continue;
    ctx.globalAlpha = 0.82;
    ctx.fillStyle = styles.palette[c];
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.stroke();
  }

  ctx.beginPath();
  let outliers = false;
  for (let i = 0; i < n; i++) {
    if (!onScreen[i] || !points.outlier[i] || points.state[i] === HIDDEN) continue;
    const d = points.r[i]! + 4;
    ctx.moveTo(sx[i]!, sy[i]! - d);
    ctx.lineTo(sx[i]! + d, sy[i]!);
    ctx.lineTo(sx[i]!, sy[i]! + d);
    ctx.lineTo(sx[i]! - d, sy[i]!);
    ctx.closePath();
    outliers = true;
  }
  if (outliers) {
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = styles.outlierStroke;
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}
