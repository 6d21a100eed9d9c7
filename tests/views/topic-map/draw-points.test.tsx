import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COARSE_FROM,
  allDimmed,
  drawPoints,
  parseColor,
  DIMMED,
  HIDDEN,
  HIGHLIGHTED,
  type MapPoints,
  type PointImage,
  type PointStyles,
} from '../../../src/views/topic-map/draw-points';

const image = (size: number): PointImage => ({
  data: new Uint8ClampedArray(size * size * 4),
  width: size,
  height: size,
});
const pixel = (img: PointImage, x: number, y: number) =>
  Array.from(img.data.slice((y * img.width + x) * 4, (y * img.width + x) * 4 + 4));
const points = (rows: Array<[number, number, number, number, number, number]>): MapPoints => ({
  x: Float64Array.from(rows.map((p) => p[0])),
  y: Float64Array.from(rows.map((p) => p[1])),
  r: Float32Array.from(rows.map((p) => p[2])),
  color: Uint16Array.from(rows.map((p) => p[3])),
  state: Uint8Array.from(rows.map((p) => p[4])),
  outlier: Uint8Array.from(rows.map((p) => p[5])),
});
const identity = { x: (v: number) => v, y: (v: number) => v };
const styles: PointStyles = {
  palette: [
    [255, 0, 0],
    [0, 0, 255],
  ],
  dimColor: [0, 0, 255],
  stroke: [255, 255, 255],
  outlierStroke: [17, 17, 17],
  scale: 1,
};

describe('drawPoints(image, points, scales, styles)', () => {
  it('fills a highlighted disc at 82 % opacity, outlines its edge, and clears the rest', () => {
    const img = image(4);
    img.data.fill(7); // a previous frame: must be cleared
    drawPoints(img, points([[1.5, 1.5, 1, 0, HIGHLIGHTED, 0]]), identity, styles);
    expect(pixel(img, 1, 1)).toEqual([255, 0, 0, 209]); // centre: fill only
    expect(pixel(img, 3, 3)).toEqual([0, 0, 0, 0]); // beyond the disc and its outline
    // One pixel from the centre: half covered by the fill, then the white outline over it.
    const [r, g, b, a] = pixel(img, 2, 1);
    expect(r).toBe(255);
    expect(g).toBe(b);
    expect(g).toBeGreaterThan(200);
    expect(a).toBeGreaterThan(209);
  });

  it('draws dimmed points as one union (overlaps do not darken) beneath highlighted ones', () => {
    const img = image(4);
    drawPoints(
      img,
      points([
        [1.5, 1.5, 1, 0, DIMMED, 0],
        [1.5, 1.5, 1, 0, DIMMED, 0],
      ]),
      identity,
      styles,
    );
    expect(pixel(img, 1, 1)).toEqual([0, 0, 255, 89]); // 35 % once, not 58 %
    drawPoints(
      img,
      points([
        [1.5, 1.5, 1, 0, HIGHLIGHTED, 0],
        [1.5, 1.5, 1, 1, DIMMED, 0],
      ]),
      identity,
      styles,
    );
    // Red at 82 % over blue at 35 %, whatever the input order.
    const [r = 0, g, b = 0, a = 0] = pixel(img, 1, 1);
    expect(g).toBe(0);
    expect(Math.abs(r - 237)).toBeLessThanOrEqual(1);
    expect(Math.abs(b - 18)).toBeLessThanOrEqual(1);
    expect(Math.abs(a - 225)).toBeLessThanOrEqual(1);
  });

  it('skips hidden points and points off the image', () => {
    const img = image(4);
    drawPoints(
      img,
      points([
        [1.5, 1.5, 1, 0, HIDDEN, 1],
        [99, 1.5, 1, 0, HIGHLIGHTED, 1],
        [-50, -50, 1, 0, DIMMED, 0],
      ]),
      identity,
      styles,
    );
    expect(img.data.every((v) => v === 0)).toBe(true);
  });

  it('outlines outliers with a diamond 4 px beyond the radius, in the outlier colour', () => {
    const img = image(16);
    drawPoints(img, points([[8, 8, 1, 0, DIMMED, 1]]), identity, styles);
    // Pixel centres on |dx| + |dy| = 5 are fully covered by the 1.5 px outline.
    expect(pixel(img, 12, 7)).toEqual([17, 17, 17, 255]);
    expect(pixel(img, 8, 3)).toEqual([17, 17, 17, 255]);
    expect(pixel(img, 10, 7)).toEqual([0, 0, 0, 0]); // between the disc and the diamond
    expect(pixel(img, 0, 0)).toEqual([0, 0, 0, 0]);
  });

  it('draws in device pixels at the given scale', () => {
    const img = image(4);
    drawPoints(img, points([[1, 1, 1, 0, HIGHLIGHTED, 0]]), identity, { ...styles, scale: 2 });
    // Centre (2, 2), radius 2 device px: pixel (2, 2) is inside the fill.
    expect(pixel(img, 2, 2)).toEqual([255, 0, 0, 209]);
    drawPoints(img, points([[1, 1, 1, 0, HIGHLIGHTED, 0]]), identity, styles);
    expect(pixel(img, 2, 2)).toEqual([0, 0, 0, 0]);
  });
});

describe('drawPoints above COARSE_FROM points', () => {
  it('draws whole-pixel discs without outlines, and outlier diamonds as one-pixel lines', () => {
    const img = image(16);
    // One visible highlighted point and one visible dimmed outlier; the rest lie off the image.
    const rows: Array<[number, number, number, number, number, number]> = [
      [4.5, 4.5, 2, 0, HIGHLIGHTED, 0],
      [10.5, 10.5, 1, 1, DIMMED, 1],
    ];
    for (let i = rows.length; i <= COARSE_FROM; i++) rows.push([-99, -99, 2, 0, DIMMED, 0]);
    drawPoints(img, points(rows), identity, styles);
    expect(pixel(img, 4, 4)).toEqual([255, 0, 0, 209]); // fill at 82 %, no white outline
    expect(pixel(img, 6, 4)).toEqual([255, 0, 0, 209]); // radius 2: still fill, not edge
    expect(pixel(img, 7, 4)).toEqual([0, 0, 0, 0]);
    expect(pixel(img, 10, 10)).toEqual([0, 0, 255, 89]); // dimmed disc at 35 %
    expect(pixel(img, 15, 10)).toEqual([17, 17, 17, 255]); // diamond corner 1 + 4 px away
    expect(pixel(img, 12, 10)).toEqual([0, 0, 0, 0]); // between the disc and the diamond
  });

  it('blends highlighted discs over the union of the dimmed ones', () => {
    // Two overlapping dimmed discs and a highlighted one over their edge (values as drawn before
    // the dimmed layer became a mask of covered pixels).
    const img = image(16);
    const rows: Array<[number, number, number, number, number, number]> = [
      [5.5, 5.5, 2, 0, DIMMED, 0],
      [7.5, 5.5, 2, 0, DIMMED, 0],
      [8.5, 6.5, 1, 0, HIGHLIGHTED, 0],
    ];
    for (let i = rows.length; i <= COARSE_FROM; i++) rows.push([-99, -99, 2, 0, DIMMED, 0]);
    drawPoints(img, points(rows), identity, styles);
    expect(pixel(img, 6, 5)).toEqual([0, 0, 255, 89]); // under both dimmed discs: no darker
    expect(pixel(img, 7, 5)).toEqual([237, 0, 18, 225]); // highlighted fill over the dimmed layer
    expect(pixel(img, 9, 7)).toEqual([255, 0, 0, 209]); // highlighted fill alone
    expect(pixel(img, 10, 4)).toEqual([0, 0, 0, 0]);
  });

  it('dims exactly the pixels under some dimmed disc (seeded)', () => {
    const size = 24;
    const disc = fc.tuple(
      fc.double({ min: -3, max: size + 3, noNaN: true }),
      fc.double({ min: -3, max: size + 3, noNaN: true }),
      fc.double({ min: 0.2, max: 4, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(disc, { minLength: 1, maxLength: 30 }), (discs) => {
        const rows: Array<[number, number, number, number, number, number]> = discs.map(
          ([x, y, r]) => [x, y, r, 0, DIMMED, 0],
        );
        for (let i = rows.length; i <= COARSE_FROM; i++) rows.push([-99, -99, 2, 0, DIMMED, 0]);
        const img = image(size);
        drawPoints(img, points(rows), identity, styles);
        for (let py = 0; py < size; py++)
          for (let px = 0; px < size; px++) {
            // A whole-pixel disc of radius R covers dx² + dy² ≤ R² + R around its centre pixel.
            const covered = discs.some(([x, y, r]) => {
              const radius = Math.max(1, Math.round(r));
              const [dx, dy] = [px - Math.floor(x), py - Math.floor(y)];
              return dx * dx + dy * dy <= radius * radius + radius;
            });
            expect(pixel(img, px, py)).toEqual(covered ? [0, 0, 255, 89] : [0, 0, 0, 0]);
          }
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('leaves nothing of a previous frame behind, at any density', () => {
    // The working buffer is reused and only the pixels a frame touched are reset: a frame drawn
    // after another must equal the same frame drawn first.
    for (const coarse of [false, true]) {
      const n = coarse ? COARSE_FROM + 1 : 3;
      const grid = (offset: number) =>
        points(
          Array.from({ length: n }, (_, i) => [
            (i % 3) * 9 + 5 + offset,
            (Math.floor(i / 3) % 3) * 9 + 5,
            3,
            i % 2,
            i % 3 === 0 ? DIMMED : HIGHLIGHTED,
            i === 1 ? 1 : 0,
          ]),
        );
      const fresh = image(32);
      drawPoints(fresh, grid(2), identity, styles);
      const reused = image(32);
      drawPoints(reused, grid(0), identity, styles);
      drawPoints(reused, grid(2), identity, styles);
      expect(Array.from(reused.data)).toEqual(Array.from(fresh.data));
    }
  });
});

describe('allDimmed(points)', () => {
  it('keeps every point where it is, dims each one, and leaves the map as it was', () => {
    const map = points([
      [1, 2, 3, 0, HIGHLIGHTED, 0],
      [4, 5, 6, 1, HIDDEN, 1],
      [7, 8, 9, 0, DIMMED, 0],
    ]);
    const dimmed = allDimmed(map);
    expect(Array.from(dimmed.x)).toEqual([1, 4, 7]);
    expect(Array.from(dimmed.y)).toEqual([2, 5, 8]);
    expect(Array.from(dimmed.r)).toEqual([3, 6, 9]);
    expect(Array.from(dimmed.color)).toEqual([0, 1, 0]);
    expect(Array.from(dimmed.outlier)).toEqual([0, 1, 0]);
    expect(Array.from(dimmed.state)).toEqual([DIMMED, DIMMED, DIMMED]);
    expect(Array.from(map.state)).toEqual([HIGHLIGHTED, HIDDEN, DIMMED]);
  });

  it('draws the pixels of the same points all dimmed', () => {
    const rows: Array<[number, number, number, number, number, number]> = [
      [3, 3, 2, 0, HIGHLIGHTED, 0],
      [6, 6, 2, 1, HIDDEN, 1],
      [9, 9, 2, 0, DIMMED, 0],
    ];
    const [sampled, dimmed] = [image(14), image(14)];
    drawPoints(sampled, allDimmed(points(rows)), identity, styles);
    drawPoints(
      dimmed,
      points(rows.map((p) => [...p.slice(0, 4), DIMMED, p[5]] as typeof p)),
      identity,
      styles,
    );
    expect(Array.from(sampled.data)).toEqual(Array.from(dimmed.data));
    expect(pixel(sampled, 3, 3)[3]).toBeGreaterThan(0);
  });
});

describe('parseColor(css)', () => {
  it('reads hex and rgb() notations and refuses names', () => {
    expect(parseColor('#abc')).toEqual([170, 187, 204]);
    expect(parseColor(' #112233 ')).toEqual([17, 34, 51]);
    expect(parseColor('#11223380')).toEqual([17, 34, 51]);
    expect(parseColor('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColor('rgba(4 5 6 / 0.5)')).toEqual([4, 5, 6]);
    expect(parseColor('red')).toBeNull();
  });
});
