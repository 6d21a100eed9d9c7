import type { FigureSource } from './registry';
import { wrapCaption } from './caption';
import {
  canvasMarkup,
  captionMarkup,
  chartMarkup,
  escapeXml,
  svgDocument,
  themeColors,
} from './serialize-svg';
import { dashboardMarkup } from './html-to-svg';

/** How a figure is exported: the theme to draw it in and whether to paint a background. */
export interface FigureOptions {
  appearance: 'current' | 'light' | 'dark';
  background: 'solid' | 'transparent';
}

/** The text around a figure: what it shows, under which filters, and the view to restore. */
export interface FigureText {
  title: string;
  caption: string;
  /** The view state as a query string, embedded in the file. */
  query: string;
}

/** A self-contained SVG document and its size in CSS pixels. */
export interface FigureSvg {
  svg: string;
  width: number;
  height: number;
}

const PAD = 16;
const LEGEND_SELECTOR = '[data-figure-legend], .map-legend';
const TITLE_H = 30;
const LINE_H = 16;

function captionLines(caption: string, width: number): string[] {
  return wrapCaption(caption, Math.max(30, Math.floor((width - 2 * PAD) / 6.4)));
}

/** One chart as a figure: title, the chart (canvas layer beneath), caption. Call inside withAppearance. */
export function chartFigure(
  source: FigureSource,
  text: FigureText,
  options: FigureOptions,
): FigureSvg | null {
  const svg = source.getSvg();
  if (!svg || !svg.isConnected) return null;
  const colors = themeColors();
  const svgRect = svg.getBoundingClientRect();
  const canvas = source.getCanvas?.() ?? null;
  const canvasRect = canvas?.isConnected ? canvas.getBoundingClientRect() : null;
  // A legend drawn in HTML next to the chart (the map's) goes into the figure where it is on screen.
  const legend = svg.closest('.region')?.querySelector<HTMLElement>(LEGEND_SELECTOR) ?? null;
  const legendRect =
    legend && legend.getClientRects().length > 0 ? legend.getBoundingClientRect() : null;
  const rects = [svgRect, canvasRect, legendRect].filter(
    (r): r is DOMRect => r !== null && r.width > 0,
  );
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  const right = Math.max(...rects.map((r) => r.right));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const width = Math.max(right - left + 2 * PAD, 320);
  const chartTop = PAD + TITLE_H;
  const lines = captionLines(text.caption, width);
  const height = chartTop + (bottom - top) + 12 + lines.length * LINE_H + PAD / 2;
  const x0 = PAD - left;
  const y0 = chartTop - top;
  const body =
    `<text x="${PAD}" y="${PAD + 14}" font-size="15" font-weight="600" fill="${colors.text}">${escapeXml(text.title)}</text>` +
    (canvas && canvasRect ? canvasMarkup(canvas, x0 + canvasRect.left, y0 + canvasRect.top) : '') +
    `<g fill="${colors.text}">${chartMarkup(svg, x0 + svgRect.left, y0 + svgRect.top)}</g>` +
    (legend && legendRect ? dashboardMarkup(legend, x0, y0, true) : '') +
    captionMarkup(lines, PAD, chartTop + (bottom - top) + 12 + 12, colors.muted);
  const background = options.background === 'solid' ? colors.panel : null;
  return {
    svg: svgDocument(width, height, body, background, text.title, text.query),
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}

/** The whole dashboard as drawn now, with the caption below. Call inside withAppearance. */
export function dashboardFigure(
  root: HTMLElement,
  text: FigureText,
  options: FigureOptions,
): FigureSvg {
  const colors = themeColors();
  const rect = root.getBoundingClientRect();
  const width = Math.max(rect.width, root.scrollWidth);
  const contentHeight = Math.max(rect.height, root.scrollHeight);
  const lines = captionLines(text.caption, width);
  const height = contentHeight + 8 + lines.length * LINE_H + PAD / 2;
  const body =
    dashboardMarkup(root, -rect.left, -rect.top) +
    captionMarkup(lines, PAD, contentHeight + 8 + 12, colors.muted);
  const background = options.background === 'solid' ? colors.bg : null;
  return {
    svg: svgDocument(width, height, body, background, text.title, text.query),
    width: Math.ceil(width),
    height: Math.ceil(height),
  };
}
