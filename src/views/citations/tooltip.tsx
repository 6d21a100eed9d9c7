import type { ReactNode } from 'react';

export interface TooltipState {
  /** Pointer position relative to the chart box. */
  x: number;
  y: number;
  content: ReactNode;
}

const WIDTH = 230;
const HEIGHT = 84;

/**
 * A tooltip kept inside its chart box (flipped to the left of the pointer near the right edge,
 * above it near the bottom), so it never leaves the screen with the region.
 */
export function Tooltip({
  state,
  box,
}: {
  state: TooltipState | null;
  box: { width: number; height: number };
}) {
  if (!state) return null;
  const right = state.x + 14 + WIDTH > box.width;
  const left = Math.max(0, right ? state.x - 14 - WIDTH : state.x + 14);
  const top = Math.max(0, Math.min(state.y + 12, box.height - HEIGHT));
  return (
    <div
      className="chart-tooltip"
      role="tooltip"
      style={{ left, top, maxWidth: Math.min(WIDTH, box.width) }}
    >
      {state.content}
    </div>
  );
}

/** Pointer position relative to the element that handles the event's chart box. */
export function pointerIn(
  event: { clientX: number; clientY: number },
  box: HTMLElement | null,
): { x: number; y: number } {
  const rect = box?.getBoundingClientRect();
  return { x: event.clientX - (rect?.left ?? 0), y: event.clientY - (rect?.top ?? 0) };
}
