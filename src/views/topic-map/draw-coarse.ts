// Whole-pixel marks for maps of more than COARSE_FROM points (see drawPoints).
import type { Rgb } from './draw-points';

/**
 * Above this many points the discs are drawn without anti-aliasing or outlines: at that density
 * they overlap into the same picture, and a brush frame at 100,000 points costs a few
 * milliseconds instead of ~50 (a disc of radius 2 is 13 whole pixels, not ~50 pixel tests with
 * square roots).
 */
export const COARSE_FROM = 20_000;

/**
 * The rows of a whole-pixel disc of each integer radius, built on first use: for each row
 * dy = -radius … radius, the largest |dx| with dx² + dy² ≤ radius² + radius. Filling spans costs
 * one bounds check per row, not one table lookup and bounds check per pixel (a brush frame at
 * 100,000 points stamps ~1.3 million pixels).
 */
const discRows: Int16Array[] = [];

function rowsFor(radius: number): Int16Array {
  let rows = discRows[radius];
  if (!rows) {
    rows = new Int16Array(2 * radius + 1);
    for (let dy = -radius; dy <= radius; dy++) {
      let dx = 0;
      while ((dx + 1) * (dx + 1) + dy * dy <= radius * radius + radius) dx++;
      rows[dy + radius] = dx;
    }
    discRows[radius] = rows;
  }
  return rows;
}

/** A disc of whole pixels in colour `c` at opacity `a`, blended over what is there. */
export function stampCoarse(
  acc: Float32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  r: number,
  c: Rgb,
  a: number,
): void {
  const radius = Math.max(1, Math.round(r));
  const rows = rowsFor(radius);
  const x = Math.floor(cx);
  const y = Math.floor(cy);
  const [c0, c1, c2] = c;
  const rest = 1 - a;
  for (let j = 0; j < rows.length; j++) {
    const py = y + j - radius;
    if (py < 0 || py >= h) continue;
    const half = rows[j]!;
    const from = Math.max(0, x - half);
    const to = Math.min(w - 1, x + half);
    const end = (py * w + to) * 4;
    for (let k = (py * w + from) * 4; k <= end; k += 4) {
      acc[k] = c0 * a + acc[k]! * rest;
      acc[k + 1] = c1 * a + acc[k + 1]! * rest;
      acc[k + 2] = c2 * a + acc[k + 2]! * rest;
      acc[k + 3] = a + acc[k + 3]! * rest;
    }
  }
}

/**
 * Marks the pixels of a whole-pixel disc in `cover` (one byte a pixel). Dimmed discs share one
 * colour and opacity, and their union keeps the strongest coverage: the dimmed layer is just the
 * set of pixels under any of them. At 100,000 points most pixels lie under several discs, so a
 * byte per disc pixel, and four floats once per covered pixel (`fillCovered`), cost a fraction of
 * testing and writing four floats for every disc pixel.
 */
export function markCoarse(
  cover: Uint8Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  r: number,
): void {
  const radius = Math.max(1, Math.round(r));
  const rows = rowsFor(radius);
  const x = Math.floor(cx);
  const y = Math.floor(cy);
  for (let j = 0; j < rows.length; j++) {
    const py = y + j - radius;
    if (py < 0 || py >= h) continue;
    const half = rows[j]!;
    const from = py * w + Math.max(0, x - half);
    const to = py * w + Math.min(w - 1, x + half);
    for (let k = from; k <= to; k++) cover[k] = 1;
  }
}

/**
 * Writes colour `c` at opacity `a` into `acc` (premultiplied) wherever `cover` is marked, and
 * clears the marks for the next frame. One pass over the image's bytes: coarse maps have more
 * than 20,000 points, so their dimmed discs spread over most of it.
 */
export function fillCovered(cover: Uint8Array, acc: Float32Array, c: Rgb, a: number): void {
  const [c0, c1, c2] = [c[0] * a, c[1] * a, c[2] * a];
  for (let i = 0; i < cover.length; i++) {
    if (cover[i] === 0) continue;
    cover[i] = 0;
    const k = i * 4;
    acc[k] = c0;
    acc[k + 1] = c1;
    acc[k + 2] = c2;
    acc[k + 3] = a;
  }
}

/** An outlier's diamond outline |dx| + |dy| = corner in whole pixels, opaque. */
export function stampCoarseDiamond(
  acc: Float32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  corner: number,
  c: Rgb,
): void {
  const x = Math.floor(cx);
  const y = Math.floor(cy);
  for (let dy = -corner; dy <= corner; dy++) {
    const dx = corner - Math.abs(dy);
    const py = y + dy;
    if (py < 0 || py >= h) continue;
    // The row's two outline pixels (one at the top and bottom corners), without an array each.
    for (let px = x - dx; px <= x + dx; px += Math.max(1, 2 * dx)) {
      if (px < 0 || px >= w) continue;
      const k = (py * w + px) * 4;
      acc[k] = c[0];
      acc[k + 1] = c[1];
      acc[k + 2] = c[2];
      acc[k + 3] = 1;
    }
  }
}
