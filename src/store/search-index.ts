import type { Paper } from '../data/types';
import { buildSearchIndex } from '../data/search';
import { whenIdle } from './when-idle';

// The search index of a paper list, keyed on the list itself. It lives apart from the React
// selectors in derived.ts so that the store's actions can drop it when the papers' text changes
// in place (abstracts that arrive after the first paint), without the store importing React.

const searchIndexCache = new WeakMap<readonly Paper[], string[]>();
/** Slices of an index built ahead of time by `warmSearchIndex`, not yet complete. */
const partialIndex = new WeakMap<readonly Paper[], string[]>();
/** The running warm-ups of each list, as functions that (re)start them. */
const warmUps = new WeakMap<readonly Paper[], Set<() => void>>();

/** The search index of a paper list, built once per dataset (finishing any warm-up synchronously). */
export function searchIndexFor(papers: readonly Paper[]): string[] {
  let index = searchIndexCache.get(papers);
  if (!index) {
    index = partialIndex.get(papers) ?? [];
    for (const text of buildSearchIndex(papers.slice(index.length))) index.push(text);
    searchIndexCache.set(papers, index);
    partialIndex.delete(papers);
  }
  return index;
}

/**
 * Builds the search index in small slices when the page is idle, so that neither the first paint
 * nor the first keystroke pays for indexing every abstract. Each idle callback takes slices of
 * `slice` papers while its idle period lasts, so an input that arrives meanwhile waits for one
 * slice at most (a few ms), not for a whole batch. Returns a function that stops it.
 */
export function warmSearchIndex(papers: readonly Paper[], slice = 200): () => void {
  let stopped = false;
  let running = false;
  const step = (deadline?: IdleDeadline) => {
    if (stopped || searchIndexCache.has(papers)) {
      running = false;
      return;
    }
    const done = partialIndex.get(papers) ?? [];
    partialIndex.set(papers, done);
    do {
      for (const text of buildSearchIndex(papers.slice(done.length, done.length + slice)))
        done.push(text);
    } while (done.length < papers.length && deadline && deadline.timeRemaining() > 2);
    if (done.length < papers.length) return whenIdle(step, 1000);
    searchIndexFor(papers);
    running = false;
  };
  const start = () => {
    if (stopped || running) return;
    running = true;
    whenIdle(step, 1000);
  };
  let starts = warmUps.get(papers);
  if (!starts) warmUps.set(papers, (starts = new Set()));
  starts.add(start);
  start();
  return () => {
    stopped = true;
    starts.delete(start);
  };
}

/**
 * Drops the index of `papers` after their text changed in place; a warm-up that is running (or
 * has finished) for them starts over, so the next search still finds a ready index.
 */
export function forgetSearchIndex(papers: readonly Paper[]): void {
  searchIndexCache.delete(papers);
  // A warm-up mid-way picks up from this (now missing) entry on its next slice: it starts at 0.
  partialIndex.delete(papers);
  warmUps.get(papers)?.forEach((start) => start());
}
