import { describe, expect, it } from 'vitest';
import {
  citationRadius,
  nearestInDirection,
  pointsInPolygon,
  polygonArea,
  rectPolygon,
  type Vec,
} from '../../../src/views/topic-map/geometry';
import { placeLabels } from '../../../src/views/topic-map/labels';
import { viewScales } from '../../../src/views/topic-map/map-model';

describe('nearestInDirection(points, from, dir)', () => {
  // Screen space, y down:  a(0,0)  b(10,0)  c(5,-8) above-right  d(0,10) below  e(30,1) far right
  const pts: Vec[] = [
    [0, 0],
    [10, 0],
    [5, -8],
    [0, 10],
    [30, 1],
  ];
  it('takes the nearest paper straight ahead over nearer diagonal ones', () => {
    expect(nearestInDirection(pts, 0, 'right')).toBe(1);
    expect(nearestInDirection(pts, 0, 'down')).toBe(3);
    expect(nearestInDirection(pts, 0, 'up')).toBe(2);
    expect(nearestInDirection(pts, 1, 'right')).toBe(4);
  });
  it('returns -1 when nothing lies that way, and respects the candidate list', () => {
    expect(nearestInDirection(pts, 0, 'left')).toBe(-1);
    expect(nearestInDirection(pts, 0, 'right', [4])).toBe(4);
  });
  it('falls back to the half-plane when the cone is empty', () => {
    expect(
      nearestInDirection(
        [
          [0, 0],
          [1, 10],
        ],
        0,
        'right',
      ),
    ).toBe(1);
  });
});

describe('pointsInPolygon(xs, ys, polygon)', () => {
  it('returns exactly the points inside a triangle', () => {
    const xs = [0.1, 0.9, 0.2, -0.5, 0.4];
    const ys = [0.1, 0.9, 0.6, 0.2, 0.3];
    expect(
      pointsInPolygon(xs, ys, [
        [0, 0],
        [1, 0],
        [0, 1],
      ]),
    ).toEqual([0, 2, 4]);
  });
  it('finds nothing with fewer than three vertices', () => {
    expect(
      pointsInPolygon(
        [0],
        [0],
        [
          [-1, -1],
          [1, 1],
        ],
      ),
    ).toEqual([]);
  });
  it('works with the rectangle spanned by two corners', () => {
    expect(pointsInPolygon([0, 2, 1], [0, 2, 1.5], rectPolygon([-0.5, -0.5], [1.5, 1.6]))).toEqual([
      0, 2,
    ]);
    expect(polygonArea(rectPolygon([0, 0], [2, 3]))).toBe(6);
  });
});

describe('placeLabels(requests, bounds)', () => {
  const box = { width: 200, height: 100 };
  it('places the bigger cluster at its anchor and moves a colliding one above it', () => {
    const placed = placeLabels(
      [
        { id: 1, x: 100, y: 50, width: 60, height: 16, priority: 5 },
        { id: 2, x: 110, y: 52, width: 60, height: 16, priority: 9 },
      ],
      box,
    );
    expect(placed).toEqual([
      { id: 2, x: 110, y: 52 },
      { id: 1, x: 100, y: 32 },
    ]);
  });
  it('drops labels with no free spot inside the bounds', () => {
    const same = (id: number, priority: number) => ({
      id,
      x: 100,
      y: 50,
      width: 190,
      height: 40,
      priority,
    });
    expect(placeLabels([same(1, 3), same(2, 2), same(3, 1)], box)).toEqual([
      { id: 1, x: 100, y: 50 },
    ]);
  });
  it('keeps labels inside the bounds', () => {
    expect(placeLabels([{ id: 1, x: 2, y: 2, width: 40, height: 10, priority: 1 }], box)).toEqual(
      [],
    );
  });
});

describe('citationRadius and viewScales', () => {
  it('makes area proportional to citations, clamped', () => {
    expect(citationRadius(100, 400, 2, 16)).toBe(8);
    expect(citationRadius(0, 400, 2, 16)).toBe(2);
    expect(citationRadius(400, 400, 2, 16)).toBe(16);
  });
  it('fits [-1, 1] into the shorter side with a margin and inverts exactly', () => {
    const s = viewScales(300, 200, { k: 2, x: -10, y: 5 }, 20);
    expect([s.x(-1), s.x(1), s.y(1), s.y(-1)]).toEqual([
      -10 + 2 * 70,
      -10 + 2 * 230,
      5 + 2 * 20,
      5 + 2 * 180,
    ]);
    expect(s.invert(s.x(0.25), s.y(-0.5))).toEqual([0.25, -0.5]);
  });
});
