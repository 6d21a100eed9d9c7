// Whole-pixel marks for maps of more than COARSE_FROM points (see drawPoints).
import type { Rgb } from './draw-points';

/**
 * Above this many points the discs are drawn without anti-aliasing or outlines: at that density
 * they overlap into the same picture, and a brush frame at 100,000 points costs a few
 * milliseconds instead of ~50 (a disc of radius 2 is 13 whole pixels, not ~50 pixel tests with
 * square roots).
 */
export const COARSE_FROM = 20_000;

/** Whole-pixel offsets (dx, dy pairs) of a disc of each integer radius, built on first use. */
const discOffsets: Int16Array[] = [];

function offsetsFor(radius: number): Int16Array {
  let offsets = discOffsets[radius];
  if (!offsets) {
    const list: number[] = [];
    for (let dy = -radius; dy <= radius; dy++)
      for (let dx = -radius; dx <= radius; dx++)
        if (dx * dx + dy * dy <= radius * radius + radius) list.push(dx, dy);
    offsets = Int16Array.from(list);
    discOffsets[radius] = offsets;
  }
  return offsets;
}

/**
 * A disc of whole pixels at opacity `a`: a dimmed one (`union`) keeps the strongest coverage
 * like the anti-aliased union, a highlighted one blends over what is there.
 */
export function stampCoarse(
  acc: Float32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  r: number,
  c: Rgb,
  a: number,
  union: boolean,
): void {
  const offsets = offsetsFor(Math.max(1, Math.round(r)));
  const x = Math.floor(cx);
  const y = Math.floor(cy);
  const rest = 1 - a;
  for (let j = 0; j < offsets.length; j += 2) {
    const px = x + offsets[j]!;
    const py = y + offsets[j + 1]!;
    if (px < 0 || py < 0 || px >= w || py >= h) continue;
    const k = (py * w + px) * 4;
    if (union) {
      if (acc[k + 3]! >= a) continue;
      acc[k] = c[0] * a;
      acc[k + 1] = c[1] * a;
      acc[k + 2] = c[2] * a;
      acc[k + 3] = a;
    } else {
      acc[k] = c[0] * a + acc[k]! * rest;
      acc[k + 1] = c[1] * a + acc[k + 1]! * rest;
      acc[k + 2] = c[2] * a + acc[k + 2]! * rest;
      acc[k + 3] = a + acc[k + 3]! * rest;
    }
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
