import type { Dataset } from '../data/types';
import {
  BUILT_IN_ID,
  currentDatasetId,
  LINK_ID,
  loadStoredDataset,
  storageErrorMessage,
} from './persistence';
import { readExactDataset } from '../data/parse/read-exact-dataset';
import defaultDatasetUrl from '../../data/best-nlp-papers-2025.json?url';

/**
 * The built-in dataset with its analysis, computed at build time (`npm run data`) so the first
 * paint never waits for the pipeline. It ships as a static asset, fetched beside the bundle.
 */
export async function loadDefaultDataset(): Promise<Dataset> {
  const response = await fetch(defaultDatasetUrl);
  if (!response.ok) throw new Error(`could not load the built-in dataset: HTTP ${response.status}`);
  return (await response.json()) as Dataset;
}

declare global {
  interface Window {
    /** The `?data=` download started by index.html before the app's code arrived. */
    __paperscopePrefetch?: { url: string; response: Promise<Response> };
  }
}

/** Fetches and validates a dataset named by `?data=<url>` (same-origin or CORS). */
export async function loadDatasetFromUrl(raw: string): Promise<Dataset> {
  const url = new URL(raw, window.location.href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`?data= must be an http(s) URL, not ${url.protocol}`);
  }
  const early = window.__paperscopePrefetch;
  window.__paperscopePrefetch = undefined;
  const response = await (early?.url === url.href ? early.response : fetch(url));
  if (!response.ok) throw new Error(`could not load ${url.href}: HTTP ${response.status}`);
  // Through a Blob: Chromium then collects the bytes off the main thread and decodes them in one
  // pass (10 MB: ~0.2 s with one 66 ms task, against ~0.4 s of main-thread tasks for text()).
  const text = await (await response.blob()).text();
  // A file exactly in the interchange format opens at once; anything else waits for the full
  // reader (every format, zod's messages), a chunk of its own.
  const exact = readExactDataset(text);
  if (exact) return exact;
  const { readInput } = await import('../data/parse/read-input');
  const source = decodeURIComponent(url.pathname.split('/').pop() || url.href);
  const parsed = readInput(text, source);
  return parsed.dataset ?? { name: parsed.name, papers: parsed.papers, themes: [], clusters: [] };
}

let openedId = BUILT_IN_ID;

/** Which dataset the app opened with: the built-in one, the link's, or an imported one's id. */
export function initialDatasetId(): string {
  return openedId;
}

/** The imported dataset that was open before the reload, if it is still kept in this browser. */
async function restoreImported(): Promise<{ dataset: Dataset; notice?: string } | null> {
  const id = currentDatasetId();
  if (!id || id === BUILT_IN_ID) return null;
  try {
    const dataset = await loadStoredDataset(id);
    if (!dataset) return null;
    openedId = id;
    return { dataset };
  } catch (error) {
    return {
      dataset: await loadDefaultDataset(),
      notice: `Could not reopen your last dataset (${storageErrorMessage(error)}); showing the built-in list instead.`,
    };
  }
}

/**
 * The dataset to start with and, when the one asked for failed, why. `url` is where a dataset
 * opened from the link came from (its companion file is relative to it).
 */
export async function loadInitialDataset(
  search: string,
): Promise<{ dataset: Dataset; notice?: string; url?: string }> {
  const dataUrl = new URLSearchParams(search).get('data');
  if (dataUrl) {
    try {
      const dataset = await loadDatasetFromUrl(dataUrl);
      openedId = LINK_ID;
      return { dataset, url: new URL(dataUrl, window.location.href).href };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        dataset: await loadDefaultDataset(),
        notice: `Could not open the dataset from the link (${message}); showing the built-in list instead.`,
      };
    }
  }
  return (await restoreImported()) ?? { dataset: await loadDefaultDataset() };
}
