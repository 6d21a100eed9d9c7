import { isFilterActive } from '../data/filter';
import type { Dataset } from '../data/types';
import type { AppState, AppStore } from '../store/create-store';
import { afterReady } from '../views/shared/perf';
import { readCompanionBlob } from '../workers/companion-client';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The companion file as a Blob; throws a message naming the file when it cannot be had. */
async function fetchCompanionFile(ref: string, datasetUrl: string): Promise<[Blob, string]> {
  let url: URL;
  try {
    url = new URL(ref, datasetUrl);
  } catch (error) {
    throw new Error(`the companion file “${ref}” is not a valid URL`, { cause: error });
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`the companion file must be an http(s) URL, not ${url.protocol}`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`could not load the companion file ${name} (${messageOf(error)})`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new Error(`could not load the companion file ${name}: HTTP ${response.status}`);
  // A Blob: Chromium collects the bytes off the main thread, and the worker that parses them
  // receives it by reference. The user is already working in the page by now.
  return [await response.blob(), name];
}

/**
 * Reads `dataset`'s companion file (its `abstracts` URL, relative to `datasetUrl`) and fills the
 * abstracts and details in. Any failure keeps the dataset and the view as they are and says in
 * the store's notice which file, and what was expected of it.
 */
export async function loadCompanion(
  store: AppStore,
  dataset: Dataset,
  datasetUrl: string,
): Promise<void> {
  if (dataset.abstracts === undefined) return;
  const { fillDetails, detailsLoaded, detailsFailed } = store.getState().actions;
  try {
    const [blob, name] = await fetchCompanionFile(dataset.abstracts, datasetUrl);
    await readCompanionBlob(blob, name, dataset.papers.length, (from, details) =>
      fillDetails(dataset, from, details),
    );
    detailsLoaded(dataset);
  } catch (error) {
    detailsFailed(
      dataset,
      `Could not load the abstracts and details: ${messageOf(error)}. The papers are shown without them.`,
    );
  }
}

/** Input that shows the user is working in the page (see `whenDetailsWanted`). */
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel'] as const;

/** How long without input counts as a pause in the user's work. */
export const PAUSE_MS = 1000;

/** A paper opened in Details or a search typed: both read the abstracts. */
const needsDetails = (state: AppState) =>
  state.selectedId !== null || isFilterActive(state.filters, 'search');

/**
 * Calls `start` once: as soon as the state needs the details (a paper selected, a search typed),
 * or when the user has not touched the page for PAUSE_MS. Never, if the store moves on to another
 * dataset first. Returns a function that cancels the wait.
 *
 * Why wait: at 10,000 papers the companion file is 7.7 MB, parsed in a worker and taken in by
 * slices. Started at the first paint, it shared the two cores with a user who clicks straight
 * away: the first three theme clicks after load took 137, 72 and 65 ms, against 101, 51 and 41
 * once it waits (medians over 8 alternated pages of 20 clicks; their p95 85 → 60 ms).
 */
export function whenDetailsWanted(
  store: AppStore,
  dataset: Dataset,
  start: () => void,
  input: EventTarget = window,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe = () => {};
  const stop = () => {
    clearTimeout(timer);
    for (const type of INPUT_EVENTS) input.removeEventListener(type, restart, { capture: true });
    unsubscribe();
  };
  const fire = () => {
    stop();
    start();
  };
  function restart() {
    clearTimeout(timer);
    timer = setTimeout(fire, PAUSE_MS);
  }
  for (const type of INPUT_EVENTS)
    input.addEventListener(type, restart, { capture: true, passive: true });
  unsubscribe = store.subscribe((state) => {
    if (state.dataset !== dataset) stop();
    else if (needsDetails(state)) fire();
  });
  if (needsDetails(store.getState())) fire();
  else restart();
  return stop;
}

/**
 * Starts `loadCompanion` after the app has drawn its first frame (`app:ready`): the download and
 * parse of the abstracts and details, about three quarters of a large dataset's bytes, stay off
 * the first paint, and wait for a pause in the user's first interactions (`whenDetailsWanted`).
 */
export function loadCompanionAfterReady(
  store: AppStore,
  dataset: Dataset,
  datasetUrl: string,
): () => void {
  if (dataset.abstracts === undefined) return () => {};
  let cancelWait = () => {};
  const cancelReady = afterReady(() => {
    cancelWait = whenDetailsWanted(
      store,
      dataset,
      () => void loadCompanion(store, dataset, datasetUrl),
    );
  });
  return () => {
    cancelReady();
    cancelWait();
  };
}
