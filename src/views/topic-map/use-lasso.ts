import { useCallback, useRef, useState, type PointerEvent } from 'react';
import { rectPolygon, type Vec } from './geometry';

/**
 * Free-hand lasso (or, with Shift held, a rectangle) drawn with the pointer in screen px.
 * `onDone` gets the closed polygon and the pointer-up event; tiny gestures count as clicks
 * and are left to the click handler.
 */
export function useLasso(
  enabled: boolean,
  onDone: (polygon: Vec[], event: PointerEvent<SVGSVGElement>) => void,
) {
  const [path, setPath] = useState<Vec[] | null>(null);
  const start = useRef<{ at: Vec; rect: boolean } | null>(null);
  const points = useRef<Vec[]>([]);

  const local = (event: PointerEvent<SVGSVGElement>): Vec => {
    const box = event.currentTarget.getBoundingClientRect();
    return [event.clientX - box.left, event.clientY - box.top];
  };

  const onPointerDown = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      if (!enabled || event.button !== 0) return;
      const at = local(event);
      start.current = { at, rect: event.shiftKey };
      points.current = [at];
      event.currentTarget.setPointerCapture?.(event.pointerId);
      setPath([at]);
    },
    [enabled],
  );

  const onPointerMove = useCallback((event: PointerEvent<SVGSVGElement>) => {
    const s = start.current;
    if (!s) return;
    const at = local(event);
    if (s.rect) {
      points.current = rectPolygon(s.at, at);
    } else {
      const last = points.current[points.current.length - 1]!;
      // Skip sub-pixel moves: they add vertices without changing the shape.
      if (Math.hypot(at[0] - last[0], at[1] - last[1]) < 2) return;
      points.current = [...points.current, at];
    }
    setPath(points.current);
  }, []);

  const onPointerUp = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      if (!start.current) return;
      start.current = null;
      const polygon = points.current;
      points.current = [];
      setPath(null);
      onDone(polygon, event);
    },
    [onDone],
  );

  const cancel = useCallback(() => {
    start.current = null;
    points.current = [];
    setPath(null);
  }, []);

  return {
    path,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: cancel },
    cancel,
  };
}
