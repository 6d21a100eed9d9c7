// Years a text mentions ("CoNLL-2013", "TREC 2021", "(Samuel et al., 2023)"): a paper that names
// only years long before the rest of its collection is likely from another time.

// A standalone four-digit number from 1950 to 2099: not part of a longer number ("12013"), a
// thousands group ("2,013"), a decimal ("2013.5") or a percentage.
const YEAR = /(?<![\d.,])(?:19[5-9]\d|20\d\d)(?![\d%]|[.,]\d)/g;

/** Years mentioned in a text, in order of appearance. */
export function yearsMentioned(text: string): number[] {
  return Array.from(text.matchAll(YEAR), (m) => Number(m[0]));
}

/** Where a paper's year comes from: its metadata, or the latest year its title or abstract names. */
export interface PaperYear {
  year: number;
  source: 'metadata' | 'title' | 'abstract';
}

/**
 * The paper's own year if given, else the latest year it mentions (a paper cites older years, not
 * newer ones), noting whether the title names it; null when neither is known.
 */
export function paperYear(title: string, abstract: string, year?: number): PaperYear | null {
  if (year !== undefined && Number.isFinite(year)) return { year, source: 'metadata' };
  const inTitle = yearsMentioned(title);
  const all = [...inTitle, ...yearsMentioned(abstract)];
  if (all.length === 0) return null;
  const latest = Math.max(...all);
  return { year: latest, source: inTitle.includes(latest) ? 'title' : 'abstract' };
}
