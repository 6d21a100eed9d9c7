import { citationExtent } from '../data/stats';
import type { Dataset } from '../data/types';
import type { Filters } from '../data/filter';
import { describeFilters } from '../data/describe-filters';

/** Thousands with commas, independent of the runtime's locale data. */
export function formatInteger(n: number): string {
  const s = Math.round(Math.abs(n))
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${s}` : s;
}

/** What a caption needs to know about the dataset. */
export type CaptionDataset = Pick<Dataset, 'name' | 'papers' | 'themes' | 'clusters'>;

/** One phrase per active filter, worded as the Filters region words them. */
export function filterPhrases(
  dataset: CaptionDataset,
  filters: Filters,
  clusterNames: Readonly<Record<number, string>> = {},
): string[] {
  return describeFilters(filters, {
    themeLabel: (id) => dataset.themes.find((t) => t.id === id)?.label ?? id,
    clusterLabel: (id) =>
      `“${clusterNames[id] ?? dataset.clusters.find((c) => c.id === id)?.label ?? id}”`,
    citationExtent: citationExtent(dataset.papers),
  }).map((part) => part.text);
}

/**
 * The caption every exported figure carries: dataset, active filters and N, e.g.
 * "The best NLP papers of 2025 · Reinforcement learning · citations ≥ 200 · 12 of 100 papers".
 */
export function figureCaption(
  dataset: CaptionDataset,
  filters: Filters,
  visible: number,
  clusterNames: Readonly<Record<number, string>> = {},
): string {
  const total = dataset.papers.length;
  const count = `${formatInteger(visible)} of ${formatInteger(total)} ${total === 1 ? 'paper' : 'papers'}`;
  return [
    dataset.name || 'Untitled dataset',
    ...filterPhrases(dataset, filters, clusterNames),
    count,
  ].join(' · ');
}

/** Splits a caption into lines of at most `maxChars` characters, breaking at separators or spaces. */
export function wrapCaption(text: string, maxChars: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}
