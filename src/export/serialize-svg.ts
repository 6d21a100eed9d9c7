/**
 * Turns a live chart SVG into a self-contained figure: computed styles inlined (no stylesheet or
 * CSS variable needed), text kept as text in a font stack every program has, the canvas layer
 * composited beneath as a PNG data URL, and a title, caption and the view state around it.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const VIEW_NS = 'urn:paperscope:view';
export const SAFE_FONT =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

// Inherited SVG presentation properties: written only where they differ from the parent's.
const INHERITED = [
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'visibility',
  'paint-order',
  'shape-rendering',
  'text-decoration-line',
] as const;
// Not inherited: written where they differ from the initial value.
const OWN: Record<string, string> = {
  opacity: '1',
  'stop-color': 'rgb(0, 0, 0)',
  'stop-opacity': '1',
  'mix-blend-mode': 'normal',
};

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );
export { escapeXml };

/** Copies the computed style of `live` and its descendants onto the matching nodes of `clone`. */
export function inlineStyles(
  live: Element,
  clone: Element,
  parentStyle: CSSStyleDeclaration | null = null,
): void {
  const style = getComputedStyle(live);
  if (style.display === 'none') {
    clone.remove();
    return;
  }
  const decl: string[] = [];
  for (const prop of INHERITED) {
    const value = style.getPropertyValue(prop);
    if (value && (!parentStyle || parentStyle.getPropertyValue(prop) !== value))
      decl.push(`${prop}:${value}`);
  }
  for (const [prop, initial] of Object.entries(OWN)) {
    const value = style.getPropertyValue(prop);
    if (value && value !== initial) decl.push(`${prop}:${value}`);
  }
  const family = style.fontFamily;
  if (/mono/i.test(family))
    decl.push("font-family:ui-monospace, 'SF Mono', Menlo, Consolas, monospace");
  const ownStyle = (live as SVGElement).style;
  if (ownStyle?.transform) decl.push(`transform:${style.transform}`);
  if (decl.length > 0) clone.setAttribute('style', decl.join(';'));
  else clone.removeAttribute('style');
  clone.removeAttribute('class');
  const liveKids = live.children;
  const cloneKids = [...clone.children];
  for (let i = 0; i < liveKids.length; i++) {
    const kid = cloneKids[i];
    if (kid) inlineStyles(liveKids[i]!, kid, style);
  }
}

/** The colours of the page's theme as it is now (read from the CSS variables). */
export function themeColors(): { bg: string; panel: string; text: string; muted: string } {
  const root = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string) => root.getPropertyValue(name).trim() || fallback;
  return {
    bg: read('--bg', '#ffffff'),
    panel: read('--panel', '#ffffff'),
    text: read('--text', '#111111'),
    muted: read('--muted', '#555555'),
  };
}

/** Runs `fn` with the page's theme switched to `appearance`, restoring it before the next paint. */
export function withAppearance<T>(appearance: 'current' | 'light' | 'dark', fn: () => T): T {
  const root = document.documentElement;
  if (appearance === 'current') return fn();
  const before = root.dataset.theme;
  root.dataset.theme = appearance;
  try {
    return fn();
  } finally {
    if (before === undefined) delete root.dataset.theme;
    else root.dataset.theme = before;
  }
}

/** A chart clone with styles inlined, positioned at (x, y) with its on-screen size. */
export function chartMarkup(
  svg: SVGSVGElement,
  x: number,
  y: number,
  parentStyle: CSSStyleDeclaration | null = null,
): string {
  const rect = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone, parentStyle);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(rect.width));
  clone.setAttribute('height', String(rect.height));
  if (!clone.hasAttribute('viewBox'))
    clone.setAttribute('viewBox', `0 0 ${rect.width} ${rect.height}`);
  clone.removeAttribute('role');
  clone.removeAttribute('aria-label');
  return new XMLSerializer().serializeToString(clone);
}

/** The canvas layer as an <image> at its on-screen place, or '' when it is blank or tainted. */
export function canvasMarkup(canvas: HTMLCanvasElement, x: number, y: number): string {
  const rect = canvas.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0 || canvas.width === 0) return '';
  let url: string;
  try {
    url = canvas.toDataURL('image/png');
  } catch {
    return '';
  }
  return `<image x="${x}" y="${y}" width="${rect.width}" height="${rect.height}" preserveAspectRatio="none" xlink:href="${url}"/>`;
}

/** The <metadata> that carries the view state (the same query string a shared link has). */
export function viewMetadata(query: string): string {
  return `<metadata><paperscope:view xmlns:paperscope="${VIEW_NS}">${escapeXml(query)}</paperscope:view></metadata>`;
}

/** Caption lines as <text> elements starting at `y`. */
export function captionMarkup(
  lines: readonly string[],
  x: number,
  y: number,
  color: string,
): string {
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * 16}" fill="${color}" font-size="12">${escapeXml(line)}</text>`,
    )
    .join('');
}

/** Wraps figure content in the outer <svg> with size, font and an optional background. */
export function svgDocument(
  width: number,
  height: number,
  body: string,
  background: string | null,
  title: string,
  query: string,
): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const bg = background ? `<rect width="${w}" height="${h}" fill="${background}"/>` : '';
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" ` +
    `font-family="${escapeXml(SAFE_FONT)}" font-size="12">` +
    `<title>${escapeXml(title)}</title>${viewMetadata(query)}${bg}${body}</svg>\n`
  );
}
