import type { Paper } from '../../data/types';
import { summarize, type GroupSummary } from '../../data/stats';

export interface ThemeBreakdown {
  /** One summary per theme, in the dataset's theme order (count 0 when none pass). */
  summaries: GroupSummary<string>[];
  /** Citations of the passing papers per theme, ascending (for strip plots). */
  values: number[][];
  /** co[a * n + b]: passing papers that have both theme a and theme b (diagonal: theme a). */
  co: Int32Array;
  /** Papers passing the mask. */
  passing: number;
}

/** Per-theme citation summaries and the theme × theme co-occurrence of the papers the mask passes. */
export function themeBreakdown(
  papers: readonly Paper[],
  themeIds: readonly string[],
  mask: Uint8Array,
): ThemeBreakdown {
  const n = themeIds.length;
  const pos = new Map(themeIds.map((id, i) => [id, i]));
  const values: number[][] = themeIds.map(() => []);
  const co = new Int32Array(n * n);
  let passing = 0;
  papers.forEach((p, i) => {
    if (mask[i] !== 1) return;
    passing++;
    const own = (p.themes ?? []).map((t) => pos.get(t)).filter((t): t is number => t !== undefined);
    for (const a of own) {
      values[a]!.push(p.citations);
      for (const b of own) co[a * n + b]! += 1;
    }
  });
  const summaries = values.map((v, i) => summarize(themeIds[i]!, v));
  for (const v of values) v.sort((a, b) => a - b);
  return { summaries, values, co, passing };
}
