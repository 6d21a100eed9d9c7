import { quadtree, type Quadtree } from 'd3-quadtree';
import type { ClusterSummary, Paper, ThemeSummary } from '../../data/types';
import { categoryColor } from '../shared/colors';
import { DIMMED, HIDDEN, HIGHLIGHTED, type MapPoints } from './draw-points';
import { citationRadius, maxRadiusFor } from './geometry';

/** The papers that have a layout position, as columns; `paper[i]` is the dataset index. */
export interface MapLayout {
  paper: Int32Array;
  points: MapPoints;
  /** Quadtree of point indices in data space, for hover and click hit-tests (built on first use). */
  tree(): Quadtree<number>;
  maxRadius: number;
}

/** A cluster as the map labels it: centroid in data space, size and display name. */
export interface MapCluster {
  id: number;
  name: string;
  size: number;
  x: number;
  y: number;
  color: string;
}

const NO_CATEGORY = '#8c8c8c';

/** Builds the map's columns from the dataset (once per dataset). */
export function buildLayout(papers: readonly Paper[]): MapLayout {
  const ids: number[] = [];
  papers.forEach((p, i) => {
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) ids.push(i);
  });
  const n = ids.length;
  const maxCitations = papers.reduce((m, p) => Math.max(m, p.citations), 0);
  const maxRadius = maxRadiusFor(n);
  const points: MapPoints = {
    x: new Float64Array(n),
    y: new Float64Array(n),
    r: new Float32Array(n),
    color: new Uint16Array(n),
    state: new Uint8Array(n).fill(HIGHLIGHTED),
    outlier: new Uint8Array(n),
  };
  ids.forEach((paperIndex, i) => {
    const p = papers[paperIndex]!;
    points.x[i] = p.x!;
    points.y[i] = p.y!;
    points.r[i] = citationRadius(p.citations, maxCitations, 2, maxRadius);
    points.outlier[i] = p.outlier ? 1 : 0;
  });
  // The quadtree costs ~10 ms per 10k points: built on the first hover or click, not at load.
  let tree: Quadtree<number> | null = null;
  const lazyTree = () =>
    (tree ??= quadtree<number>()
      .x((i) => points.x[i]!)
      .y((i) => points.y[i]!)
      .addAll(Array.from({ length: n }, (_, i) => i)));
  return { paper: Int32Array.from(ids), points, tree: lazyTree, maxRadius };
}

/**
 * Palette and per-point colour index for the shared colour-by choice: cluster i gets
 * categoryColor(i); a paper's strongest theme gets the colour of its index in dataset.themes.
 * The last palette entry is the neutral colour for papers with no cluster or theme.
 */
export function colorIndices(
  papers: readonly Paper[],
  layout: MapLayout,
  colorBy: 'cluster' | 'theme',
  themes: readonly ThemeSummary[],
  clusters: readonly ClusterSummary[],
): { palette: string[]; color: Uint16Array } {
  const categories =
    colorBy === 'theme' ? themes.length : Math.max(0, ...clusters.map((c) => c.id + 1));
  const palette = [...Array.from({ length: categories }, (_, i) => categoryColor(i)), NO_CATEGORY];
  const themeIndex = new Map(themes.map((t, i) => [t.id, i]));
  const color = new Uint16Array(layout.paper.length);
  layout.paper.forEach((paperIndex, i) => {
    const p = papers[paperIndex]!;
    const c = colorBy === 'theme' ? themeIndex.get(p.themes?.[0] ?? '') : p.cluster;
    color[i] = c !== undefined && c >= 0 && c < categories ? c : categories;
  });
  return { palette, color };
}

/** Point states from a crossfilter mask: highlighted, dimmed, or hidden when the user hides. */
export function pointStates(layout: MapLayout, mask: Uint8Array, hide: boolean): Uint8Array {
  const { paper } = layout;
  const state = new Uint8Array(paper.length);
  const off = hide ? HIDDEN : DIMMED;
  for (let i = 0; i < paper.length; i++) state[i] = mask[paper[i]!] ? HIGHLIGHTED : off;
  return state;
}

/** Clusters with their centroid (mean position of their papers) and user-given name. */
export function mapClusters(
  papers: readonly Paper[],
  layout: MapLayout,
  clusters: readonly ClusterSummary[],
  names: Readonly<Record<number, string>>,
): MapCluster[] {
  const sum = new Map<number, [number, number, number]>();
  layout.paper.forEach((paperIndex, i) => {
    const c = papers[paperIndex]!.cluster;
    if (c === undefined) return;
    const s = sum.get(c) ?? [0, 0, 0];
    s[0] += layout.points.x[i]!;
    s[1] += layout.points.y[i]!;
    s[2] += 1;
    sum.set(c, s);
  });
  return clusters.flatMap((c) => {
    const s = sum.get(c.id);
    if (!s) return [];
    return [
      {
        id: c.id,
        name: names[c.id] ?? c.label,
        size: s[2],
        x: s[0] / s[2],
        y: s[1] / s[2],
        color: categoryColor(c.id),
      },
    ];
  });
}

/** Data-to-screen scales for the current size and zoom, keeping x and y at the same scale. */
export interface ViewScales {
  x(value: number): number;
  y(value: number): number;
  /** Screen px to data space. */
  invert(px: number, py: number): [number, number];
  /** Untransformed (zoom k = 1) screen px of a data point: d3-zoom's coordinate space. */
  base(x: number, y: number): [number, number];
  /** Screen px per data unit. */
  unit: number;
}

/** Fits [-1, 1]² into the box with a margin, then applies the zoom transform. */
export function viewScales(
  width: number,
  height: number,
  t: { k: number; x: number; y: number },
  margin = 24,
): ViewScales {
  const half = Math.max(1, Math.min(width, height) / 2 - margin);
  const cx = width / 2;
  const cy = height / 2;
  const unit = half * t.k;
  return {
    x: (v) => t.x + t.k * (cx + v * half),
    y: (v) => t.y + t.k * (cy - v * half),
    invert: (px, py) => [((px - t.x) / t.k - cx) / half, -((py - t.y) / t.k - cy) / half],
    base: (x, y) => [cx + x * half, cy - y * half],
    unit,
  };
}

/** The point under a screen position (within its radius plus 4 px), found with the quadtree. */
export function pickPoint(
  layout: MapLayout,
  scales: ViewScales,
  state: Uint8Array,
  px: number,
  py: number,
): number {
  const [dx, dy] = scales.invert(px, py);
  const i = layout.tree().find(dx, dy, (layout.maxRadius + 4) / scales.unit);
  if (i === undefined || state[i] === HIDDEN) return -1;
  const d = Math.hypot(scales.x(layout.points.x[i]!) - px, scales.y(layout.points.y[i]!) - py);
  return d <= layout.points.r[i]! + 4 ? i : -1;
}
