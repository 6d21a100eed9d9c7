import type { Dataset } from '../data/types';
import type { AppStore } from '../store/create-store';
import { afterReady } from '../views/shared/perf';
import { readAbstractsBlob } from '../workers/abstracts-client';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The companion file as a Blob; throws a message naming the file when it cannot be had. */
async function fetchAbstractsFile(ref: string, datasetUrl: string): Promise<[Blob, string]> {
  let url: URL;
  try {
    url = new URL(ref, datasetUrl);
  } catch (error) {
    throw new Error(`the abstracts file “${ref}” is not a valid URL`, { cause: error });
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`the abstracts file must be an http(s) URL, not ${url.protocol}`);
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`could not load the abstracts file ${name} (${messageOf(error)})`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new Error(`could not load the abstracts file ${name}: HTTP ${response.status}`);
  // A Blob: Chromium collects the bytes off the main thread, and the worker that parses them
  // receives it by reference. The user is already working in the page by now.
  return [await response.blob(), name];
}

/**
 * Reads `dataset`'s companion abstracts file (its `abstracts` URL, relative to `datasetUrl`) and
 * fills the abstracts in. Any failure keeps the dataset and the view as they are and says in the
 * store's notice which file, and what was expected of it.
 */
export async function loadAbstracts(
  store: AppStore,
  dataset: Dataset,
  datasetUrl: string,
): Promise<void> {
  if (dataset.abstracts === undefined) return;
  const { fillAbstracts, abstractsFailed } = store.getState().actions;
  try {
    const [blob, name] = await fetchAbstractsFile(dataset.abstracts, datasetUrl);
    fillAbstracts(dataset, await readAbstractsBlob(blob, name, dataset.papers.length));
  } catch (error) {
    abstractsFailed(
      dataset,
      `Could not load the abstracts: ${messageOf(error)}. The papers are shown without them.`,
    );
  }
}

/**
 * Starts `loadAbstracts` once the app has drawn its first frame (`app:ready`): the download and
 * parse of the abstracts, about half of a large dataset's bytes, stay off the first paint.
 */
export function loadAbstractsAfterReady(
  store: AppStore,
  dataset: Dataset,
  datasetUrl: string,
): () => void {
  if (dataset.abstracts === undefined) return () => {};
  return afterReady(() => void loadAbstracts(store, dataset, datasetUrl));
}
