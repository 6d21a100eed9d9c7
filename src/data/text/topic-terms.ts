import { ACADEMIC_WORDS } from './academic-words.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Word } from './tokenize.ts';

/**
 * Distinct content words of a text (lower case, plural removed; stop words, generic academic words,
 * numbers and model sizes dropped), each with a readable spelling.
 */
export function contentWords(words: readonly Word[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of words) {
    const n = w.norm;
    if (
      n.length < 2 ||
      /\d/.test(n) ||
      STOP_WORDS.has(w.lower) ||
      ACADEMIC_WORDS.has(n) ||
      ACADEMIC_WORDS.has(w.lower)
    )
      continue;
    // A capital only because the word starts a sentence or a title is not part of its spelling.
    if (!out.has(n)) out.set(n, /^[A-Z][a-z]+$/.test(w.raw) ? w.lower : w.raw);
  }
  return out;
}

/** Result of {@link topicTerms}. */
export interface TopicTerms {
  /** The collection's topic terms, most widespread first (normalised words). */
  terms: string[];
  /** A readable spelling of each term (its most frequent one). */
  labels: string[];
  /** Per paper, which topic terms it uses. */
  used: string[][];
}

/**
 * The words that make a collection what it is: content words used by at least `minShare` of its
 * papers (at most `max`, most widespread first). In an LLM-era NLP list these are "reasoning",
 * "LLM", "reinforcement"...; a paper using none of them is foreign to the collection.
 */
export function topicTerms(
  docs: readonly Map<string, string>[],
  minShare = 0.15,
  max = 30,
): TopicTerms {
  const df = new Map<string, number>();
  const spellings = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const [n, raw] of doc) {
      df.set(n, (df.get(n) ?? 0) + 1);
      const s = spellings.get(n) ?? new Map<string, number>();
      s.set(raw, (s.get(raw) ?? 0) + 1);
      spellings.set(n, s);
    }
  }
  const min = Math.max(2, minShare * docs.length);
  const terms = [...df]
    .filter(([, d]) => d >= min)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, max)
    .map(([n]) => n);
  const labels = terms.map((n) => {
    let best = n;
    let count = -1;
    for (const [raw, c] of spellings.get(n)!)
      if (c > count || (c === count && raw < best)) [best, count] = [raw, c];
    return best;
  });
  return { terms, labels, used: docs.map((doc) => terms.filter((t) => doc.has(t))) };
}
