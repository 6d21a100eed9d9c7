import type { MouseEvent, PointerEvent } from 'react';
import type { Paper } from '../../data/types';
import { useActions, useAppStoreApi } from '../../store/context';
import { noteInput } from '../shared/perf';
import { useFrameCoalesced } from '../shared/use-frame-coalesced';
import type { Vec } from './geometry';
import { pickPoint, type MapLayout, type ViewScales } from './map-model';

interface MapPointerOptions {
  papers: readonly Paper[];
  layout: MapLayout;
  scales: ViewScales;
  /** Each point's drawn state: hidden points cannot be hovered or picked. */
  state: Uint8Array;
  /** The lasso's own move handler, which runs first. */
  onLassoMove(event: PointerEvent<SVGSVGElement>): void;
  /** The point under the pointer (index into the layout) and where, for the tooltip. */
  onTip(tip: { i: number; x: number; y: number } | null): void;
  /** The point a click picked, for the keyboard focus. */
  onPick(i: number): void;
}

/** Pointer handlers of the map's overlay: hover (once a frame), tooltip, and click to select. */
export function useMapPointer(options: MapPointerOptions) {
  const { papers, layout, scales, state, onLassoMove, onTip, onPick } = options;
  const store = useAppStoreApi();
  const actions = useActions();

  const local = (event: MouseEvent<SVGSVGElement>): Vec => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  };
  const hoverStore = useFrameCoalesced((id: string | null, event: { timeStamp: number }) => {
    if (store.getState().hoveredId === id) return;
    noteInput('hover', event);
    actions.hover(id);
  });

  const onMove = (event: PointerEvent<SVGSVGElement>) => {
    onLassoMove(event);
    const [px, py] = local(event);
    const i = pickPoint(layout, scales, state, px, py);
    onTip(i >= 0 ? { i, x: px, y: py } : null);
    hoverStore(i >= 0 ? papers[layout.paper[i]!]!.id : null, event);
  };
  const onLeave = (event: PointerEvent<SVGSVGElement>) => {
    onTip(null);
    hoverStore(null, event);
  };
  const onClick = (event: MouseEvent<SVGSVGElement>) => {
    const [px, py] = local(event);
    const i = pickPoint(layout, scales, state, px, py);
    if (i < 0) return;
    noteInput('select', event);
    actions.select(papers[layout.paper[i]!]!.id);
    onPick(i);
  };
  return { onMove, onLeave, onClick };
}
