import { polygonContains } from 'd3-polygon';

/** A point in data or screen space. */
export type Vec = readonly [number, number];

/** Screen direction of an arrow key. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * Radius in pixels for a citation count: area grows with citations (radius ∝ sqrt), clamped so
 * tiny papers stay clickable and huge ones do not hide their neighbours.
 */
export function citationRadius(
  citations: number,
  maxCitations: number,
  minR: number,
  maxR: number,
): number {
  if (maxCitations <= 0) return minR;
  const r = maxR * Math.sqrt(Math.max(0, citations) / maxCitations);
  return Math.min(maxR, Math.max(minR, r));
}

/** The largest radius to use at this many points: smaller marks as the map gets denser. */
export function maxRadiusFor(count: number): number {
  if (count > 20_000) return 5;
  if (count > 5_000) return 7;
  if (count > 1_000) return 10;
  return 16;
}

/**
 * Index of the nearest candidate in screen direction `dir` from `from` (screen coordinates, y
 * down), or -1. Candidates inside the 90° cone around the direction win; the half-plane is the
 * fallback so a key never dead-ends while something lies that way. Cost = distance along the
 * direction plus twice the sideways offset, so papers straight ahead beat nearer diagonal ones.
 */
export function nearestInDirection(
  points: readonly Vec[],
  from: number,
  dir: Direction,
  candidates?: readonly number[],
): number {
  const origin = points[from];
  if (!origin) return -1;
  const ids = candidates ?? points.map((_, i) => i);
  let best = -1;
  let bestCost = Infinity;
  let bestCone = false;
  for (const i of ids) {
    if (i === from) continue;
    const p = points[i];
    if (!p) continue;
    const dx = p[0] - origin[0];
    const dy = p[1] - origin[1];
    const ahead = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
    const side = Math.abs(dir === 'left' || dir === 'right' ? dy : dx);
    if (ahead <= 0) continue;
    const cone = side <= ahead;
    const cost = ahead + 2 * side;
    if (
      (cone && !bestCone) ||
      (cone === bestCone && (cost < bestCost || (cost === bestCost && i < best)))
    ) {
      best = i;
      bestCost = cost;
      bestCone = cone;
    }
  }
  return best;
}

/** Indices of the points inside the polygon (a lasso or rectangle in the same space). */
export function pointsInPolygon(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  polygon: readonly Vec[],
): number[] {
  if (polygon.length < 3) return [];
  let x0 = Infinity,
    y0 = Infinity,
    x1 = -Infinity,
    y1 = -Infinity;
  for (const [x, y] of polygon) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const ring = polygon as Array<[number, number]>;
  const hits: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const y = ys[i]!;
    // The bounding-box test skips most points before the exact ray-casting test.
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    if (polygonContains(ring, [x, y])) hits.push(i);
  }
  return hits;
}

/** The four corners of the rectangle spanned by two points. */
export function rectPolygon(a: Vec, b: Vec): Vec[] {
  return [a, [b[0], a[1]], b, [a[0], b[1]]];
}

/** Absolute area of a polygon (shoelace formula); tells a real lasso from a click. */
export function polygonArea(polygon: readonly Vec[]): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x0, y0] = polygon[i]!;
    const [x1, y1] = polygon[(i + 1) % polygon.length]!;
    sum += x0 * y1 - x1 * y0;
  }
  return Math.abs(sum) / 2;
}
