/**
 * Colour-blind-safe categorical palettes (Paul Tol, "Colour schemes and templates", 2021):
 * "muted" for clusters and a 13-hue mix of "bright" and "muted" for themes. Every coloured mark
 * also carries a text label, so colour is never the only cue.
 */
const CATEGORICAL = [
  '#332288',
  '#88ccee',
  '#44aa99',
  '#117733',
  '#999933',
  '#ddcc77',
  '#cc6677',
  '#882255',
  '#aa4499',
  '#4477aa',
  '#ee6677',
  '#228833',
  '#bbbbbb',
];

/** The colour of category `index` (wraps after 13). */
export function categoryColor(index: number): string {
  return CATEGORICAL[((index % CATEGORICAL.length) + CATEGORICAL.length) % CATEGORICAL.length]!;
}

/** Black or white, whichever reads better on `hex`. */
export function textColorOn(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  return luminance > 0.5 ? '#111111' : '#ffffff';
}
