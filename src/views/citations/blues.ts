import { interpolateRgbBasis } from 'd3-interpolate';

/**
 * ColorBrewer's sequential Blues (Cynthia Brewer, Penn State), light to dark, as a smooth ramp
 * through its nine classes: the same colours as d3-scale-chromatic's `interpolateBlues`. That
 * package ships as one module whose every scheme is built when it loads, so no bundler can keep
 * just one of them: importing it added 16 KB of JavaScript to the charts' chunk. (Kept out of
 * `shared/colors.ts`, which the entry imports, so that d3-interpolate stays in the chart chunks.)
 */
export const interpolateBlues: (t: number) => string = interpolateRgbBasis([
  '#f7fbff',
  '#deebf7',
  '#c6dbef',
  '#9ecae1',
  '#6baed6',
  '#4292c6',
  '#2171b5',
  '#08519c',
  '#08306b',
]);
