import type { KeyboardEvent } from 'react';
import type { Paper } from '../../data/types';
import { nearestInDirection, type Direction, type Vec } from './geometry';
import type { MapCluster, MapLayout } from './map-model';

const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

export interface KeyboardOptions {
  papers: readonly Paper[];
  layout: MapLayout;
  clusters: readonly MapCluster[];
  /** Point indices the keys may visit (the highlighted ones). */
  navigable: readonly number[];
  /** Screen position of each point, for "nearest in that direction". */
  screen: (i: number) => Vec;
  focus: number;
  /** Where focus starts when nothing has it yet (the selected paper, else the most cited). */
  start: number;
  moveFocus(i: number, prefix?: string): void;
  select(i: number, event: KeyboardEvent): void;
  toggleInMapSelection(i: number): void;
  zoomBy(factor: number, event: KeyboardEvent): void;
  resetZoom(event: KeyboardEvent): void;
  deselect(event: KeyboardEvent): void;
}

/**
 * Keys of the focused map: arrows move to the nearest highlighted paper in that direction;
 * `]` / `[` jump to the next / previous cluster (Tab stays free to leave the map, so the map
 * is never a keyboard trap); Enter selects; Shift+Enter adds or removes the paper from the map
 * selection; + / - zoom, 0 resets; Escape clears the selection.
 */
export function handleMapKey(event: KeyboardEvent, o: KeyboardOptions): void {
  const { key } = event;
  const dir = ARROWS[key];
  const cur = o.focus >= 0 ? o.focus : -1;
  const clusterOf = (i: number) => o.papers[o.layout.paper[i]!]?.cluster;
  if (dir) {
    event.preventDefault();
    if (cur < 0) return o.start >= 0 ? o.moveFocus(o.start) : undefined;
    const pts: Vec[] = [];
    const ids = new Set(o.navigable);
    ids.add(cur);
    for (let i = 0; i < o.layout.paper.length; i++) pts.push(ids.has(i) ? o.screen(i) : [NaN, NaN]);
    const next = nearestInDirection(pts, cur, dir, o.navigable);
    if (next >= 0) o.moveFocus(next);
  } else if (key === ']' || key === '[') {
    event.preventDefault();
    const withPapers = o.clusters.filter((c) => o.navigable.some((i) => clusterOf(i) === c.id));
    if (withPapers.length === 0) return;
    const at = cur >= 0 ? withPapers.findIndex((c) => c.id === clusterOf(cur)) : -1;
    const step = key === ']' ? 1 : -1;
    const target =
      at < 0
        ? step > 0
          ? withPapers[0]!
          : withPapers[withPapers.length - 1]!
        : withPapers[(at + step + withPapers.length) % withPapers.length]!;
    let best = -1;
    for (const i of o.navigable) {
      if (clusterOf(i) !== target.id) continue;
      if (
        best < 0 ||
        o.papers[o.layout.paper[i]!]!.citations > o.papers[o.layout.paper[best]!]!.citations
      )
        best = i;
    }
    o.moveFocus(best, `Cluster ${target.name}, ${target.size} papers. `);
  } else if (key === 'Enter' && cur >= 0) {
    event.preventDefault();
    if (event.shiftKey) o.toggleInMapSelection(cur);
    else o.select(cur, event);
  } else if (key === '+' || key === '=') {
    event.preventDefault();
    o.zoomBy(1.5, event);
  } else if (key === '-' || key === '_') {
    event.preventDefault();
    o.zoomBy(1 / 1.5, event);
  } else if (key === '0') {
    event.preventDefault();
    o.resetZoom(event);
  } else if (key === 'Escape') {
    o.deselect(event);
  }
}
