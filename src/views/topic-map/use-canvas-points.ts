import { useEffect, useRef, type RefObject } from 'react';
import { drawPoints, type MapPoints, type MapScales } from './draw-points';

interface CanvasInput {
  points: MapPoints;
  scales: MapScales;
  palette: readonly string[];
  width: number;
  height: number;
  /** Changes when the colour theme does, so the CSS colours are read again. */
  theme: string;
}

/**
 * Redraws the point canvas in the next animation frame whenever its input changes, at the
 * device pixel ratio so points stay sharp. Without a 2D context (jsdom) it draws nothing.
 */
export function useCanvasPoints(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  input: CanvasInput,
): void {
  const frame = useRef(0);
  const { points, scales, palette, width, height, theme } = input;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => {
      const dpr = window.devicePixelRatio || 1;
      const w = Math.round(width * dpr);
      const h = Math.round(height * dpr);
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      const css = getComputedStyle(canvas);
      const cssVar = (name: string, fallback: string) =>
        css.getPropertyValue(name).trim() || fallback;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      drawPoints(ctx, points, scales, {
        palette,
        dimColor: cssVar('--muted', '#888888'),
        stroke: cssVar('--panel', '#ffffff'),
        outlierStroke: cssVar('--text', '#111111'),
        width,
        height,
      });
    });
    return () => cancelAnimationFrame(frame.current);
  }, [canvasRef, points, scales, palette, width, height, theme]);
}
