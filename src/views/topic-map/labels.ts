import type { MapCluster, ViewScales } from './map-model';

/** A label to place: its anchor (screen px), box size and priority (higher goes first). */
export interface LabelRequest {
  id: number;
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

/** A placed label: the centre of its box. */
export interface PlacedLabel {
  id: number;
  x: number;
  y: number;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Approximate width of a label in px; pure so placement is deterministic (no font metrics). */
export function estimateLabelWidth(text: string, fontPx = 12): number {
  return Math.ceil(text.length * fontPx * 0.58) + 8;
}

/**
 * Greedy label placement (as in cartographic point labelling): labels in priority order try
 * their anchor, then offsets above, below, right and left; the first spot that stays inside
 * the bounds and clear of every placed label wins, and a label with no free spot is dropped.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: { width: number; height: number },
): PlacedLabel[] {
  const order = [...requests].sort((a, b) => b.priority - a.priority || a.id - b.id);
  const placed: Box[] = [];
  const result: PlacedLabel[] = [];
  for (const r of order) {
    const dy = r.height + 2;
    const dx = r.width / 2 + 6;
    const spots: Array<[number, number]> = [
      [0, 0],
      [0, -dy],
      [0, dy],
      [dx, 0],
      [-dx, 0],
    ];
    for (const [ox, oy] of spots) {
      const cx = r.x + ox;
      const cy = r.y + oy;
      const box = {
        x0: cx - r.width / 2,
        y0: cy - r.height / 2,
        x1: cx + r.width / 2,
        y1: cy + r.height / 2,
      };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > bounds.width || box.y1 > bounds.height) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      placed.push(box);
      result.push({ id: r.id, x: cx, y: cy });
      break;
    }
  }
  return result;
}

/** Cluster names placed at their centroids on screen; the biggest clusters are labelled first. */
export function clusterLabels(
  clusters: readonly MapCluster[],
  scales: ViewScales,
  width: number,
  height: number,
): (PlacedLabel & { name: string })[] {
  const requests = clusters.map((c) => ({
    id: c.id,
    x: scales.x(c.x),
    y: scales.y(c.y),
    width: estimateLabelWidth(c.name),
    height: 16,
    priority: c.size,
  }));
  const names = new Map(clusters.map((c) => [c.id, c.name]));
  return placeLabels(requests, { width, height }).map((l) => ({ ...l, name: names.get(l.id)! }));
}
