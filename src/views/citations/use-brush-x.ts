import { useEffect, useRef, type RefObject } from 'react';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';

export interface BrushXOptions {
  /** Plot size in pixels: the brushable area. */
  width: number;
  height: number;
  /** The brushed interval in pixels as the store has it (null: no brush). */
  selection: [number, number] | null;
  /** A user's brush move or end; null when the user cleared the brush. */
  onBrush(pixels: [number, number] | null, sourceEvent: Event, done: boolean): void;
}

/**
 * Attaches a horizontal d3-brush to an empty <g>. Reports only the user's moves
 * (`if (!event.sourceEvent) return`, after Mosaic's Interval1D), and follows `selection` when
 * it changes elsewhere (Reset), except while the user is dragging.
 */
export function useBrushX(
  ref: RefObject<SVGGElement | null>,
  { width, height, selection, onBrush }: BrushXOptions,
): void {
  const brushRef = useRef<BrushBehavior<unknown> | null>(null);
  const dragging = useRef(false);
  const callback = useRef(onBrush);
  useEffect(() => {
    callback.current = onBrush;
  }, [onBrush]);

  useEffect(() => {
    const g = ref.current;
    if (!g) return;
    const brush = brushX<unknown>()
      .extent([
        [0, 0],
        [Math.max(1, width), Math.max(1, height)],
      ])
      .on('start brush end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        dragging.current = event.type !== 'end';
        const sel = event.selection as [number, number] | null;
        callback.current(sel, event.sourceEvent as Event, event.type === 'end');
      });
    brushRef.current = brush;
    select(g).call(brush);
    return () => {
      select(g).on('.brush', null).selectAll('*').remove();
      brushRef.current = null;
    };
  }, [ref, width, height]);

  const lo = selection?.[0];
  const hi = selection?.[1];
  useEffect(() => {
    const g = ref.current;
    const brush = brushRef.current;
    if (!g || !brush || dragging.current) return;
    // A programmatic move: the handler above ignores it (no sourceEvent), so nothing echoes back.
    select(g).call(
      brush.move,
      lo === undefined || hi === undefined ? null : [lo, Math.max(hi, lo + 1)],
    );
  }, [ref, lo, hi, width, height]);
}
