import type { PaperYear } from './text/years.ts';

/** Per-paper signals of how well a paper fits the collection. */
export interface OutlierSignals {
  /** Cosine to the centroid of the *other* papers, on a vocabulary that keeps common words. */
  centroid: readonly number[];
  /** Mean cosine to the paper's nearest neighbours. */
  neighbours: readonly number[];
  /** The paper's year (given or the latest it mentions), when known. */
  years?: readonly (PaperYear | null)[];
  /** The collection's topic terms (readable labels) and which of them each paper uses. */
  topic?: { labels: readonly string[]; used: readonly (readonly string[])[] };
}

/** Options of {@link findOutliers}. */
export interface OutlierOptions {
  /** Flag when the score reaches this (default 4.6). */
  threshold?: number;
  /** With no year or topic-term signal, the two text signals alone must reach this (default 6). */
  textOnly?: number;
}

/** Years before the collection's typical year from which a paper counts as from another time. */
const OLD_YEARS = 3;

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function robustZ(values: readonly number[]): number[] {
  const med = median(values);
  const mad = median(values.map((v) => Math.abs(v - med))) * 1.4826 || 1e-9;
  // Positive when a paper is *less* similar than typical.
  return values.map((v) => (med - v) / mad);
}

/** Share (whole %) of values above v. */
function shareAbove(values: readonly number[], v: number): number {
  let above = 0;
  for (const o of values) if (o > v) above++;
  return Math.floor((100 * above) / values.length);
}

/**
 * The collection's typical year: the median of the papers' years, once enough papers have one
 * (at least 3 and 5% of the collection); null otherwise.
 */
export function typicalYear(years: readonly (PaperYear | null)[]): number | null {
  const known = years.flatMap((y) => (y ? [y.year] : []));
  if (known.length < Math.max(3, 0.05 * years.length)) return null;
  return Math.round(median(known));
}

/**
 * Flags papers that do not belong with the collection (few and sure). Four generic signals:
 * 1. words: robust z-score (median, MAD) of the cosine to the collection's centroid;
 * 2. neighbours: robust z-score of the mean cosine to the nearest neighbours;
 * 3. old year: the paper's year lies `OLD_YEARS` or more before the collection's typical year
 *    (2 points when it comes from the title or metadata, 1 from the abstract);
 * 4. topic terms: the paper uses none (2 points) or one (1 point) of the collection's topic terms
 *    while the typical paper uses four or more.
 * Both text signals must be at least 1 (the paper reads unlike the others), and words + neighbours +
 * points must reach the threshold, or the higher `textOnly` bar when neither signal 3 nor 4 fired.
 * The reason names every signal that fired.
 */
export function findOutliers(
  signals: OutlierSignals,
  options: OutlierOptions = {},
): (string | null)[] {
  const n = signals.centroid.length;
  if (n < 10) return signals.centroid.map(() => null);
  const zc = robustZ(signals.centroid);
  const zn = robustZ(signals.neighbours);
  const threshold = options.threshold ?? 4.6;
  const years = signals.years ?? [];
  const reference = years.length === n ? typicalYear(years) : null;
  const knownYears = years.flatMap((y) => (y ? [y.year] : []));
  const topic = signals.topic;
  const typicalUse =
    topic && topic.labels.length >= 5 ? median(topic.used.map((u) => u.length)) : 0;
  return zc.map((c, i) => {
    const z = zn[i]!;
    if (c < 1 || z < 1) return null;
    const reasons: string[] = [];
    let score = c + z;
    const y = years[i];
    if (reference !== null && y && reference - y.year >= OLD_YEARS) {
      score += y.source === 'abstract' ? 1 : 2;
      const newer = knownYears.filter((o) => o > y.year).length;
      const where = {
        metadata: 'it is from',
        title: 'its title mentions',
        abstract: 'it mentions',
      }[y.source];
      reasons.push(
        `${where} ${y.year}, ${reference - y.year} years before the collection's typical year ${reference} ` +
          `(older than ${Math.floor((100 * newer) / Math.max(1, knownYears.length - 1))}% of the other years known in the collection)`,
      );
    }
    const used = topic?.used[i] ?? [];
    if (topic && typicalUse >= 4 && used.length <= 1) {
      score += used.length === 0 ? 2 : 1;
      const shown = topic.labels.slice(0, 5).join(', ');
      reasons.push(
        used.length === 0
          ? `it uses none of the collection's ${topic.labels.length} topic terms (${shown}, …), where a typical paper uses ${typicalUse}`
          : `it uses only one of the collection's ${topic.labels.length} topic terms (${used[0]}), where a typical paper uses ${typicalUse}`,
      );
    }
    // Atypical wording alone is common in a large mixed collection: without a second kind of
    // evidence a paper must be far more atypical to be called foreign.
    if (score < (reasons.length ? threshold : Math.max(threshold, options.textOnly ?? 6)))
      return null;
    const pc = shareAbove(signals.centroid, signals.centroid[i]!);
    const pn = shareAbove(signals.neighbours, signals.neighbours[i]!);
    reasons.unshift(
      `its words are less typical of the collection than those of ${pc}% of papers (cosine to the rest ${signals.centroid[i]!.toFixed(2)})`,
      `its nearest neighbours are less similar than ${pn}% of papers' nearest neighbours (mean cosine ${signals.neighbours[i]!.toFixed(2)})`,
    );
    const text = reasons.join('; ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  });
}
