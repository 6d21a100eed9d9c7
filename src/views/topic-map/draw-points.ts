import {
  COARSE_FROM,
  fillCovered,
  markCoarse,
  stampCoarse,
  stampCoarseDiamond,
} from './draw-coarse';
import { takeAccumulator, type Accumulator } from './accumulator';

export { COARSE_FROM } from './draw-coarse';

/** Point state as drawn: hidden by a filter, dimmed by a filter, or highlighted. */
export const HIDDEN = 0;
export const DIMMED = 1;
export const HIGHLIGHTED = 2;

/** Columnar point data (typed arrays keep 100,000 points cheap to rebuild and draw). */
export interface MapPoints {
  /** Data coordinates in [-1, 1]. */
  x: Float32Array | Float64Array;
  y: Float32Array | Float64Array;
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

/** An opaque colour as red, green, blue channels in 0–255. */
export type Rgb = readonly [number, number, number];

/** Colours of the marks and the device pixels per CSS pixel. */
export interface PointStyles {
  palette: readonly Rgb[];
  dimColor: Rgb;
  /** Outline of highlighted points. */
  stroke: Rgb;
  /** Outline of the outlier diamonds (the text colour, so they read on any point). */
  outlierStroke: Rgb;
  /** Device pixels per CSS pixel (the canvas is `scale` times its CSS size). */
  scale: number;
}

/** The part of ImageData that drawPoints writes (RGBA, not premultiplied, row-major). */
export interface PointImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/**
 * The same points, every one DIMMED (the other arrays are shared, not copied): a frame the map
 * draws once and never shows, so that the dimmed-disc code has run before the first filter
 * change needs it (see useCanvasPoints).
 */
export function allDimmed(points: MapPoints): MapPoints {
  return { ...points, state: new Uint8Array(points.state.length).fill(DIMMED) };
}

/** Opacity of dimmed points, of highlighted fills, and outline widths in CSS pixels. */
export const DIM_ALPHA = 0.35;
export const FILL_ALPHA = 0.82;
const RING_WIDTH = 0.75;
const OUTLIER_WIDTH = 1.5;
const OUTLIER_GAP = 4;

/** Share of a pixel (a unit box across distance `t`) inside the band [lo, hi]. */
function overlap(t: number, lo: number, hi: number): number {
  const v = Math.min(t + 0.5, hi) - Math.max(t - 0.5, lo);
  return v <= 0 ? 0 : v >= 1 ? 1 : v;
}

/** Source-over blend of one colour at opacity `a` into premultiplied pixel `k` (no division). */
function blend(acc: Float32Array, k: number, c: Rgb, a: number): void {
  const rest = 1 - a;
  acc[k] = c[0] * a + acc[k]! * rest;
  acc[k + 1] = c[1] * a + acc[k + 1]! * rest;
  acc[k + 2] = c[2] * a + acc[k + 2]! * rest;
  acc[k + 3] = a + acc[k + 3]! * rest;
}

// The two disc rasterisers below run for every pixel of every mark: the coverage and blend
// arithmetic is written out in them rather than called (the first frames of a filtered map run
// before the JIT has optimised anything, where each call costs as much as the arithmetic), and
// squared-distance bounds skip the square root for pixels fully outside or fully inside.

/** A dimmed disc: one colour, so the union keeps each pixel's strongest coverage instead of
 * stacking (overlaps do not darken). */
function dimDisc(
  acc: Float32Array,
  w: number,
  cx: number,
  cy: number,
  r: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  c: Rgb,
): void {
  const [c0, c1, c2] = c;
  const outer2 = (r + 0.5) * (r + 0.5);
  const core2 = r > 0.5 ? (r - 0.5) * (r - 0.5) : -1;
  for (let py = y0; py <= y1; py++) {
    const dy = py + 0.5 - cy;
    for (let px = x0, k = (py * w + x0) * 4; px <= x1; px++, k += 4) {
      const dx = px + 0.5 - cx;
      const d2 = dx * dx + dy * dy;
      if (d2 >= outer2) continue;
      let a = DIM_ALPHA;
      if (d2 > core2) {
        // The share of the pixel inside the disc's edge.
        const cover = r - Math.sqrt(d2) + 0.5;
        a = (cover >= 1 ? 1 : cover <= 0 ? 0 : cover) * DIM_ALPHA;
      }
      if (a > acc[k + 3]!) {
        acc[k] = c0 * a;
        acc[k + 1] = c1 * a;
        acc[k + 2] = c2 * a;
        acc[k + 3] = a;
      }
    }
  }
}

/** A highlighted disc: its fill at FILL_ALPHA over what is there, then a thin outline. */
function litDisc(
  acc: Float32Array,
  w: number,
  cx: number,
  cy: number,
  r: number,
  ringHalf: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  fill: Rgb,
  stroke: Rgb,
): void {
  const [f0, f1, f2] = fill;
  const [s0, s1, s2] = stroke;
  const edge = ringHalf + 0.5;
  const outer2 = (r + edge) * (r + edge);
  const core2 = r > edge ? (r - edge) * (r - edge) : -1;
  const lo = r - ringHalf;
  const hi = r + ringHalf;
  for (let py = y0; py <= y1; py++) {
    const dy = py + 0.5 - cy;
    for (let px = x0, k = (py * w + x0) * 4; px <= x1; px++, k += 4) {
      const dx = px + 0.5 - cx;
      const d2 = dx * dx + dy * dy;
      if (d2 >= outer2) continue;
      const core = d2 <= core2;
      const d = core ? 0 : Math.sqrt(d2);
      const cover = core ? 1 : r - d + 0.5;
      const inside = cover >= 1 ? 1 : cover <= 0 ? 0 : cover;
      if (inside > 0) {
        const a = inside * FILL_ALPHA;
        const rest = 1 - a;
        acc[k] = f0 * a + acc[k]! * rest;
        acc[k + 1] = f1 * a + acc[k + 1]! * rest;
        acc[k + 2] = f2 * a + acc[k + 2]! * rest;
        acc[k + 3] = a + acc[k + 3]! * rest;
      }
      if (core) continue;
      // The share of the pixel inside the outline's band [r - ringHalf, r + ringHalf].
      const band = Math.min(d + 0.5, hi) - Math.max(d - 0.5, lo);
      const ring = band >= 1 ? 1 : band <= 0 ? 0 : band;
      if (ring > 0) {
        const rest = 1 - ring;
        acc[k] = s0 * ring + acc[k]! * rest;
        acc[k + 1] = s1 * ring + acc[k + 1]! * rest;
        acc[k + 2] = s2 * ring + acc[k + 2]! * rest;
        acc[k + 3] = ring + acc[k + 3]! * rest;
      }
    }
  }
}

/** Writes the premultiplied pixels [from, to) of `acc` into `data` as straight RGBA; empty pixels
 * are left as they are (`data` was cleared). */
function unpremultiply(acc: Float32Array, data: Uint8ClampedArray, from: number, to: number): void {
  for (let k = from; k < to; k += 4) {
    const a = acc[k + 3]!;
    if (a === 0) continue;
    data[k] = acc[k]! / a;
    data[k + 1] = acc[k + 1]! / a;
    data[k + 2] = acc[k + 2]! / a;
    data[k + 3] = a * 255;
  }
}

/** Notes the pixel box a mark was drawn in, clamped to the image, and returns where `boxes`
 * holds it (a plain function, not a closure: a closure would move `w` and `h` of the pixel loops
 * into a slower context). */
function drawnIn(frame: Accumulator, x0: number, y0: number, x1: number, y1: number): number {
  const { boxes, w, h } = frame;
  const b = frame.marks++ * 4;
  const left = Math.max(0, x0);
  const top = Math.max(0, y0);
  const right = Math.min(w - 1, x1);
  const bottom = Math.min(h - 1, y1);
  boxes[b] = left;
  boxes[b + 1] = top;
  boxes[b + 2] = right;
  boxes[b + 3] = bottom;
  frame.area += Math.max(0, right - left + 1) * Math.max(0, bottom - top + 1);
  return b;
}

/** The box of an anti-aliased mark `reach` pixels around its centre, noted as drawn; -1 when it
 * lies wholly outside the image (nothing to draw). */
function boxAround(frame: Accumulator, cx: number, cy: number, reach: number): number {
  if (cx + reach < 0 || cx - reach > frame.w || cy + reach < 0 || cy - reach > frame.h) return -1;
  return drawnIn(
    frame,
    Math.floor(cx - reach),
    Math.floor(cy - reach),
    Math.ceil(cx + reach),
    Math.ceil(cy + reach),
  );
}

/** Notes a whole-pixel mark's box, `half` pixels around the pixel its centre falls in. */
function wholePixelBox(frame: Accumulator, cx: number, cy: number, half: number): void {
  const x = Math.floor(cx);
  const y = Math.floor(cy);
  drawnIn(frame, x - half, y - half, x + half, y + half);
}

/**
 * Rasterises the map's points straight into an RGBA buffer (one putImageData per frame instead
 * of a canvas path of arcs: ~10× cheaper at 10k points with software rendering). Order: dimmed
 * discs as one union (overlaps do not darken, like a single filled path), then highlighted discs
 * with a thin outline, then outlier diamonds on top. Edges are anti-aliased by pixel coverage
 * (above COARSE_FROM points, whole-pixel discs without outlines). Points whose marks lie outside
 * the image are skipped. When the marks' boxes cover less than the image (a few hundred points),
 * only they are converted and cleared: a sparse map costs what its points cost, not a pass over
 * every pixel of the canvas.
 */
export function drawPoints(
  image: PointImage,
  points: MapPoints,
  scales: MapScales,
  styles: PointStyles,
): void {
  const { data, width: w, height: h } = image;
  const s = styles.scale;
  const n = points.x.length;
  // Blending in premultiplied floats and converting once at the end is ~2× faster than
  // un-premultiplying every blend in bytes.
  const frame = takeAccumulator(w, h, n * 2);
  const { acc, boxes } = frame;
  const { state, r: radius } = points;
  const ringHalf = (RING_WIDTH * s) / 2;
  const dim = styles.dimColor;

  const coarse = n > COARSE_FROM;
  for (let pass = 0; pass < 2; pass++) {
    const want = pass === 0 ? DIMMED : HIGHLIGHTED;
    // Coarse frames mark their dimmed discs in `cover` (the only marks noted so far), then fill
    // those pixels once (markCoarse).
    if (coarse && pass === 1 && frame.marks > 0) fillCovered(frame.cover, acc, dim, DIM_ALPHA);
    for (let i = 0; i < n; i++) {
      if (state[i] !== want) continue;
      const cx = scales.x(points.x[i]!) * s;
      const cy = scales.y(points.y[i]!) * s;
      const r = radius[i]! * s;
      if (coarse) {
        const half = Math.max(1, Math.round(r));
        if (pass === 0) markCoarse(frame.cover, w, h, cx, cy, r);
        else {
          const fill = styles.palette[points.color[i]!] ?? dim;
          stampCoarse(acc, w, h, cx, cy, r, fill, FILL_ALPHA);
        }
        wholePixelBox(frame, cx, cy, half + 1);
        continue;
      }
      const b = boxAround(frame, cx, cy, r + ringHalf + 0.5);
      if (b < 0) continue;
      const x0 = boxes[b]!;
      const y0 = boxes[b + 1]!;
      const x1 = boxes[b + 2]!;
      const y1 = boxes[b + 3]!;
      if (pass === 0) dimDisc(acc, w, cx, cy, r, x0, y0, x1, y1, dim);
      else {
        const fill = styles.palette[points.color[i]!] ?? dim;
        litDisc(acc, w, cx, cy, r, ringHalf, x0, y0, x1, y1, fill, styles.stroke);
      }
    }
  }

  const half = (OUTLIER_WIDTH * s) / 2;
  for (let i = 0; i < n; i++) {
    if (!points.outlier[i] || state[i] === HIDDEN) continue;
    const cx = scales.x(points.x[i]!) * s;
    const cy = scales.y(points.y[i]!) * s;
    const corner = (radius[i]! + OUTLIER_GAP) * s;
    if (coarse) {
      const c = Math.round(corner);
      stampCoarseDiamond(acc, w, h, cx, cy, c, styles.outlierStroke);
      wholePixelBox(frame, cx, cy, c);
      continue;
    }
    const b = boxAround(frame, cx, cy, corner + half * Math.SQRT2 + 0.5);
    if (b < 0) continue;
    const x0 = boxes[b]!;
    const x1 = boxes[b + 2]!;
    const y1 = boxes[b + 3]!;
    for (let py = boxes[b + 1]!; py <= y1; py++) {
      const dy = Math.abs(py + 0.5 - cy);
      for (let px = x0; px <= x1; px++) {
        // Signed distance to the diamond's outline |dx| + |dy| = corner.
        const t = (Math.abs(px + 0.5 - cx) + dy - corner) / Math.SQRT2;
        const a = overlap(t, -half, half);
        if (a > 0) blend(acc, (py * w + px) * 4, styles.outlierStroke, a);
      }
    }
  }
  const { marks, area } = frame;
  data.fill(0);
  if (area < w * h) {
    // Sparse: convert inside the marks' boxes (overlaps convert twice, to the same values), then
    // clear them, so `acc` is all zero for the next frame.
    for (let m = 0; m < marks * 4; m += 4)
      for (let py = boxes[m + 1]!; py <= boxes[m + 3]!; py++)
        unpremultiply(acc, data, (py * w + boxes[m]!) * 4, (py * w + boxes[m + 2]! + 1) * 4);
    for (let m = 0; m < marks * 4; m += 4)
      for (let py = boxes[m + 1]!; py <= boxes[m + 3]!; py++)
        acc.fill(0, (py * w + boxes[m]!) * 4, (py * w + boxes[m + 2]! + 1) * 4);
  } else {
    unpremultiply(acc, data, 0, acc.length);
    acc.fill(0);
  }
  frame.drawing = false;
}

/**
 * Parses a CSS colour in hex (#rgb, #rrggbb, #rrggbbaa) or rgb()/rgba() notation, or returns
 * null (the caller lets the browser normalise other notations first).
 */
export function parseColor(css: string): Rgb | null {
  const text = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex.slice(0, 6);
    const v = Number.parseInt(full, 16);
    return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return null;
}
