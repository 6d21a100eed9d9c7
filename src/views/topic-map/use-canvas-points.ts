import { useEffect, useRef, type RefObject } from 'react';
import {
  COARSE_FROM,
  allDimmed,
  drawPoints,
  parseColor,
  type MapPoints,
  type MapScales,
  type PointStyles,
  type Rgb,
} from './draw-points';
import { afterReady, isInFrame } from '../shared/perf';
import { whenIdle } from '../../store/when-idle';

/**
 * The first frame draws every point lit, so the first filter change is the first frame to draw
 * dimmed discs, in code V8 has not run yet. Once per page, in the first idle moment after
 * `app:ready`, the map draws all its points dimmed into its own buffer, never put on the canvas.
 * Coarse maps (over COARSE_FROM points) draw dimmed points with other, simpler loops, and an
 * unseen frame of theirs would hold the main thread for 10–20 ms: they skip it.
 */
let warmedUp = false;

interface CanvasInput {
  points: MapPoints;
  scales: MapScales;
  palette: readonly string[];
  width: number;
  height: number;
  /** Changes when the colour theme does, so the CSS colours are read again. */
  theme: string;
}

/** A CSS colour as RGB: parsed directly, or normalised by the canvas for named colours. */
function toRgb(ctx: CanvasRenderingContext2D, css: string, fallback: Rgb): Rgb {
  const direct = parseColor(css);
  if (direct) return direct;
  ctx.fillStyle = '#000000';
  ctx.fillStyle = css;
  return parseColor(String(ctx.fillStyle)) ?? fallback;
}

/**
 * Redraws the point canvas at most once per animation frame whenever its input changes (hover
 * and selection rings live in the SVG overlay and never cause a redraw). Points are rasterised
 * into a reused ImageData at the device pixel ratio and written with one putImageData. Without a
 * 2D context (jsdom) it draws nothing.
 */
export function useCanvasPoints(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  input: CanvasInput,
): void {
  const frame = useRef(0);
  const buffer = useRef<ImageData | null>(null);
  const colours = useRef<{ key: string; styles: Omit<PointStyles, 'scale'> } | null>(null);
  const { points, scales, palette, width, height, theme } = input;
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    cancelAnimationFrame(frame.current);
    const draw = () => {
      const dpr = window.devicePixelRatio || 1;
      const w = Math.max(1, Math.round(width * dpr));
      const h = Math.max(1, Math.round(height * dpr));
      if (canvas.width !== w) canvas.width = w;
      if (canvas.height !== h) canvas.height = h;
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      let image = buffer.current;
      if (!image || image.width !== w || image.height !== h) {
        image = ctx.createImageData(w, h);
        buffer.current = image;
      }
      // Reading computed styles forces a style pass: once per palette and colour scheme, not
      // once per brush frame.
      const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
      const key = `${theme}|${dark}|${palette.join()}`;
      if (colours.current?.key !== key) {
        const css = getComputedStyle(canvas);
        const cssVar = (name: string, fallback: Rgb) =>
          toRgb(ctx, css.getPropertyValue(name) || '', fallback);
        const grey: Rgb = [136, 136, 136];
        colours.current = {
          key,
          styles: {
            palette: palette.map((c) => toRgb(ctx, c, grey)),
            dimColor: cssVar('--muted', grey),
            stroke: cssVar('--panel', [255, 255, 255]),
            outlierStroke: cssVar('--text', [17, 17, 17]),
          },
        };
      }
      const styles = { ...colours.current.styles, scale: dpr };
      drawPoints(image, points, scales, styles);
      ctx.putImageData(image, 0, 0);
      if (!warmedUp && points.x.length <= COARSE_FROM) {
        warmedUp = true;
        // Into the map's current buffer (resized since, if the layout moved), so the working
        // buffers keep its size; the next frame clears and rewrites it.
        const dimmed = allDimmed(points);
        afterReady(() =>
          whenIdle(() => {
            if (buffer.current) drawPoints(buffer.current, dimmed, scales, styles);
          }, 2000),
        );
      }
    };
    // Inside a frame callback (brush, zoom) this frame is the next one: draw now, not a frame late.
    if (isInFrame()) draw();
    else frame.current = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame.current);
  }, [canvasRef, points, scales, palette, width, height, theme]);
}
