import { canvasMarkup, chartMarkup, escapeXml } from './serialize-svg';

/**
 * Redraws laid-out HTML as SVG primitives: boxes (background, border), text runs at the
 * positions the browser laid them out, charts and canvases as they are. Text stays text, so the
 * dashboard figure is searchable and opens the same in any SVG program (no <foreignObject>).
 */

interface Ctx {
  dx: number;
  dy: number;
  out: string[];
  clipId: number;
  /** Leave out controls (a legend's rename buttons are not part of the figure). */
  skipButtons: boolean;
}

const transparent = (color: string) => color === 'transparent' || /rgba\(.*,\s*0\)$/.test(color);

function box(cs: CSSStyleDeclaration, r: DOMRect, ctx: Ctx): void {
  const x = r.left + ctx.dx;
  const y = r.top + ctx.dy;
  const radius = Number.parseFloat(cs.borderTopLeftRadius) || 0;
  if (!transparent(cs.backgroundColor)) {
    ctx.out.push(
      `<rect x="${x}" y="${y}" width="${r.width}" height="${r.height}" rx="${radius}" fill="${cs.backgroundColor}"/>`,
    );
  }
  const sides = [
    ['Top', x, y, x + r.width, y],
    ['Right', x + r.width, y, x + r.width, y + r.height],
    ['Bottom', x, y + r.height, x + r.width, y + r.height],
    ['Left', x, y, x, y + r.height],
  ] as const;
  const drawn = sides.filter(([side]) => {
    const width = Number.parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    return (
      width > 0 &&
      cs.getPropertyValue(`border-${side.toLowerCase()}-style`) !== 'none' &&
      !transparent(cs.getPropertyValue(`border-${side.toLowerCase()}-color`))
    );
  });
  if (drawn.length === 4 && cs.borderTopColor === cs.borderBottomColor) {
    const w = Number.parseFloat(cs.borderTopWidth);
    ctx.out.push(
      `<rect x="${x + w / 2}" y="${y + w / 2}" width="${Math.max(0, r.width - w)}" height="${Math.max(0, r.height - w)}" rx="${radius}" fill="none" stroke="${cs.borderTopColor}" stroke-width="${w}"/>`,
    );
    return;
  }
  for (const [side, x1, y1, x2, y2] of drawn) {
    const key = side.toLowerCase();
    ctx.out.push(
      `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${cs.getPropertyValue(`border-${key}-color`)}" stroke-width="${cs.getPropertyValue(`border-${key}-width`)}"/>`,
    );
  }
}

function textRun(
  text: string,
  left: number,
  top: number,
  height: number,
  cs: CSSStyleDeclaration,
  ctx: Ctx,
  color = cs.color,
): void {
  const size = Number.parseFloat(cs.fontSize) || 14;
  const shown = cs.textTransform === 'uppercase' ? text.toUpperCase() : text;
  const y = top + height / 2 + size * 0.35 + ctx.dy;
  const weight = cs.fontWeight !== '400' ? ` font-weight="${cs.fontWeight}"` : '';
  const italic = cs.fontStyle === 'italic' ? ' font-style="italic"' : '';
  const spacing = cs.letterSpacing !== 'normal' ? ` letter-spacing="${cs.letterSpacing}"` : '';
  ctx.out.push(
    `<text x="${left + ctx.dx}" y="${y}" font-size="${size}"${weight}${italic}${spacing} fill="${color}" xml:space="preserve">${escapeXml(shown)}</text>`,
  );
}

function textNode(node: Text, cs: CSSStyleDeclaration, ctx: Ctx): void {
  const content = node.data;
  if (!content.trim()) return;
  const range = document.createRange();
  range.selectNodeContents(node);
  const rects = range.getClientRects();
  if (rects.length === 0) return;
  if (rects.length === 1) {
    const r = rects[0]!;
    textRun(content.replace(/\s+/g, ' '), r.left, r.top, r.height, cs, ctx);
    return;
  }
  // Wrapped text: measure each word and start a new <text> where a word starts a new line.
  let line = '';
  let lineRect: DOMRect | null = null;
  for (const match of content.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const r = range.getClientRects()[0];
    if (!r) continue;
    if (lineRect && Math.abs(r.top - lineRect.top) < 2) {
      line += ` ${match[0]}`;
    } else {
      if (lineRect) textRun(line, lineRect.left, lineRect.top, lineRect.height, cs, ctx);
      line = match[0];
      lineRect = r;
    }
  }
  if (lineRect) textRun(line, lineRect.left, lineRect.top, lineRect.height, cs, ctx);
}

function walk(el: Element, ctx: Ctx): void {
  if (el.hasAttribute('data-export-ignore')) return;
  if (ctx.skipButtons && el instanceof HTMLButtonElement) return;
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden') return;
  const r = el.getBoundingClientRect();
  const clips = cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
  // Visually hidden text (screen readers only) is not part of the picture.
  if (clips && (r.width <= 1 || r.height <= 1)) return;
  if (el instanceof SVGSVGElement) {
    ctx.out.push(`<g fill="${cs.color}">${chartMarkup(el, r.left + ctx.dx, r.top + ctx.dy)}</g>`);
    return;
  }
  if (el instanceof HTMLCanvasElement) {
    ctx.out.push(canvasMarkup(el, r.left + ctx.dx, r.top + ctx.dy));
    return;
  }
  const opacity = Number.parseFloat(cs.opacity);
  if (opacity < 1) ctx.out.push(`<g opacity="${opacity}">`);
  box(cs, r, ctx);
  if (clips) {
    const id = `ps-clip-${ctx.clipId++}`;
    ctx.out.push(
      `<clipPath id="${id}"><rect x="${r.left + ctx.dx}" y="${r.top + ctx.dy}" width="${r.width}" height="${r.height}"/></clipPath><g clip-path="url(#${id})">`,
    );
  }
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const value = el.value || el.placeholder;
    if (value) {
      const pad = Number.parseFloat(cs.paddingLeft) || 0;
      const color = el.value ? cs.color : cs.getPropertyValue('--muted').trim() || cs.color;
      textRun(
        value,
        r.left + pad + (Number.parseFloat(cs.borderLeftWidth) || 0),
        r.top,
        r.height,
        cs,
        ctx,
        color,
      );
    }
  } else if (el instanceof HTMLSelectElement) {
    const label = el.selectedOptions[0]?.textContent ?? '';
    textRun(label, r.left + (Number.parseFloat(cs.paddingLeft) || 0) + 2, r.top, r.height, cs, ctx);
  } else {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) textNode(child as Text, cs, ctx);
      else if (child.nodeType === Node.ELEMENT_NODE) walk(child as Element, ctx);
    }
  }
  if (clips) ctx.out.push('</g>');
  if (opacity < 1) ctx.out.push('</g>');
}

/** SVG markup redrawing `root` and everything in it, shifted by (dx, dy). */
export function dashboardMarkup(
  root: HTMLElement,
  dx: number,
  dy: number,
  skipButtons = false,
): string {
  const ctx: Ctx = { dx, dy, out: [], clipId: 0, skipButtons };
  walk(root, ctx);
  return ctx.out.join('');
}
