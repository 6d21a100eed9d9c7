import type { Paper } from './types';
import { latexToPlain } from './parse/latex';

/** Lower-cases and strips accents so "Résumé" matches "resume". */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** The text each paper is searched by: folded title and display abstract. */
export function buildSearchIndex(papers: readonly Paper[]): string[] {
  return papers.map((p) => foldText(`${latexToPlain(p.title)}\n${latexToPlain(p.abstract)}`));
}

/** Splits a query into folded words; every word must occur (AND). */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** True when every query word occurs in the indexed text. */
export function matchesWords(indexed: string, words: readonly string[]): boolean {
  return words.every((w) => indexed.includes(w));
}
