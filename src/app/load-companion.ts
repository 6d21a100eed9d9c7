import type { Dataset } from '../data/types';
import type { AppStore } from '../store/create-store';
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

/**
 * Starts `loadCompanion` once the app has drawn its first frame (`app:ready`): the download and
 * parse of the abstracts and details, about three quarters of a large dataset's bytes, stay off
 * the first paint.
 */
export function loadCompanionAfterReady(
  store: AppStore,
  dataset: Dataset,
  datasetUrl: string,
): () => void {
  if (dataset.abstracts === undefined) return () => {};
  return afterReady(() => void loadCompanion(store, dataset, datasetUrl));
}
