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

/**
 * True when every paper matching `newer` also matches `older`: each word of the older query
 * occurs inside a word of the newer one (typing on: "retr" → "retri", or adding a word).
 */
export function narrows(older: readonly string[], newer: readonly string[]): boolean {
  return older.every((w) => newer.some((v) => v.includes(w)));
}

/**
 * 1 for each indexed text holding every word. With `within` (the hits of a query this one
 * narrows), only the texts it kept are read: typing a word out scans fewer abstracts at each key,
 * instead of every abstract at every key.
 */
export function searchHits(
  index: readonly string[],
  words: readonly string[],
  within?: Uint8Array,
): Uint8Array {
  const hits = new Uint8Array(index.length);
  for (let i = 0; i < index.length; i++)
    if ((!within || within[i]) && matchesWords(index[i]!, words)) hits[i] = 1;
  return hits;
}
