import type { Dataset } from '../data/types';
import { readAbstractsFile } from '../data/parse/abstracts-file';
import type { AppStore } from '../store/create-store';
import { afterReady } from '../views/shared/perf';

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The companion file's text; throws a message naming the file when it cannot be had. */
async function fetchAbstractsText(ref: string, datasetUrl: string): Promise<[string, string]> {
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
  // Through a Blob, as for the dataset (load-dataset.ts): Chromium collects and decodes the
  // bytes off the main thread, which the user is already using by now.
  return [await (await response.blob()).text(), name];
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
    const [text, name] = await fetchAbstractsText(dataset.abstracts, datasetUrl);
    fillAbstracts(dataset, readAbstractsFile(text, name, dataset.papers.length));
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
