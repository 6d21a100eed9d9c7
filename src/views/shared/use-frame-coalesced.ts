import { useCallback, useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { runInFrame } from './perf';

/**
 * Wraps a callback so that bursts of calls (hover, brush, zoom) reach it at most once per
 * animation frame, with the latest arguments; what it changes is drawn in that same frame.
 */
export function useFrameCoalesced<A extends unknown[]>(
  callback: (...args: A) => void,
): (...args: A) => void {
  const latest = useRef(callback);
  const pending = useRef<A | null>(null);
  const frame = useRef(0);
  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return useCallback((...args: A) => {
    const first = pending.current === null;
    pending.current = args;
    if (!first) return;
    frame.current = requestAnimationFrame(() => {
      const next = pending.current;
      pending.current = null;
      // Rendered and committed inside this frame callback, so this frame paints the result.
      if (next) runInFrame(() => flushSync(() => latest.current(...next)));
    });
  }, []);
}
