import type { Filters } from '../data/filter';
import { foldText, queryWords } from '../data/search';

// Words that say nothing in a file name ("The best NLP papers of 2025" -> best-nlp-papers-2025).
const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'in',
  'on',
  'for',
  'to',
  'with',
  'by',
  'at',
]);

/** A file-name-safe slug: folded, lower-case ASCII words joined by "-", filler words dropped. */
export function slugify(text: string, dropFiller = true): string {
  const words = foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  const kept = dropFiller ? words.filter((w) => !FILLER.has(w)) : words;
  return (kept.length > 0 ? kept : words).join('-');
}

const MAX_STEM = 120;

/**
 * A file name that says what the file shows: dataset slug, figure id, then the active filters
 * (theme ids first), e.g. "best-nlp-papers-2025_citations-by-theme_rl.png".
 */
export function exportFileName(
  datasetName: string,
  what: string,
  filters: Filters,
  extension: string,
): string {
  const parts = [slugify(datasetName) || 'paperscope', slugify(what, false) || 'figure'];
  if (filters.themes.length > 0) {
    const themes = filters.themes.map((id) => slugify(id, false)).join('+');
    parts.push(filters.themeMode === 'all' && filters.themes.length > 1 ? `${themes}-all` : themes);
  }
  const words = queryWords(filters.search);
  if (words.length > 0) parts.push(`q-${slugify(words.join(' '), false)}`);
  if (filters.clusters.length > 0) parts.push(`cluster-${filters.clusters.join('+')}`);
  if (filters.citationRange)
    parts.push(
      `cites-${Math.round(filters.citationRange[0])}-${Math.round(filters.citationRange[1])}`,
    );
  if (filters.yearRange) parts.push(`years-${filters.yearRange[0]}-${filters.yearRange[1]}`);
  if (filters.mapSelection) parts.push(`map-${filters.mapSelection.length}`);
  let stem = parts.filter((p) => p.length > 0).join('_');
  if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[-_+]+$/, '');
  return `${stem}.${extension}`;
}
