import { useEffect, type RefObject } from 'react';
import { registerFigure } from '../../export/registry';

/** Registers a chart's SVG (and optional canvas) for export while the chart is mounted. */
export function useFigure(
  id: string,
  title: string,
  svgRef: RefObject<SVGSVGElement | null>,
  canvasRef?: RefObject<HTMLCanvasElement | null>,
): void {
  useEffect(
    () =>
      registerFigure({
        id,
        title,
        getSvg: () => svgRef.current,
        ...(canvasRef ? { getCanvas: () => canvasRef.current } : {}),
      }),
    [id, title, svgRef, canvasRef],
  );
}
