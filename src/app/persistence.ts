import { createStore, del, get, setMany, type UseStore } from 'idb-keyval';
import type { Dataset } from '../data/types';

/** An imported dataset kept in this browser (IndexedDB), as the dataset switcher lists it. */
export interface StoredDatasetInfo {
  id: string;
  name: string;
  papers: number;
  /** When it was imported (ms since the epoch), for ordering. */
  savedAt: number;
}

/** The id of the dataset that ships with the app. */
export const BUILT_IN_ID = 'built-in';
/** The id of a dataset opened from `?data=` (kept in memory only: the link opens it again). */
export const LINK_ID = 'link';

const CURRENT_KEY = 'paperscope:dataset';
const INDEX_KEY = 'index';
let db: UseStore | undefined;
// Created on first use: opening IndexedDB at import time would fail the whole app in browsers
// (or private modes) that refuse it.
const store = () => (db ??= createStore('paperscope', 'datasets'));

/** A new id for an imported dataset. */
export function newDatasetId(): string {
  return `imported-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The imported datasets kept in this browser, newest first; [] when storage is unavailable. */
export async function listStoredDatasets(): Promise<StoredDatasetInfo[]> {
  const index = await get<StoredDatasetInfo[]>(INDEX_KEY, store());
  return [...(index ?? [])].sort((a, b) => b.savedAt - a.savedAt);
}

/** Keeps a dataset under `id` (replacing one with that id); rejects on quota or private mode. */
export async function saveDataset(id: string, dataset: Dataset): Promise<void> {
  const index = (await get<StoredDatasetInfo[]>(INDEX_KEY, store())) ?? [];
  const info: StoredDatasetInfo = {
    id,
    name: dataset.name,
    papers: dataset.papers.length,
    savedAt: Date.now(),
  };
  const next = [...index.filter((d) => d.id !== id), info];
  // One transaction: the index never lists a dataset that was not written.
  await setMany(
    [
      [`dataset:${id}`, dataset],
      [INDEX_KEY, next],
    ],
    store(),
  );
}

/** The kept dataset with this id, or undefined when there is none. */
export function loadStoredDataset(id: string): Promise<Dataset | undefined> {
  return get<Dataset>(`dataset:${id}`, store());
}

/** Renames a kept dataset (its papers are unchanged). */
export async function renameStoredDataset(id: string, name: string): Promise<void> {
  const dataset = await loadStoredDataset(id);
  if (!dataset) throw new Error('it is no longer in this browser’s storage');
  const index = (await get<StoredDatasetInfo[]>(INDEX_KEY, store())) ?? [];
  await setMany(
    [
      [`dataset:${id}`, { ...dataset, name }],
      [INDEX_KEY, index.map((d) => (d.id === id ? { ...d, name } : d))],
    ],
    store(),
  );
}

/** Forgets a kept dataset. */
export async function deleteStoredDataset(id: string): Promise<void> {
  const index = (await get<StoredDatasetInfo[]>(INDEX_KEY, store())) ?? [];
  await setMany([[INDEX_KEY, index.filter((d) => d.id !== id)]], store());
  await del(`dataset:${id}`, store());
}

/** Remembers which dataset is open, so a reload opens it again (best effort). */
export function rememberCurrentDataset(id: string): void {
  try {
    if (id === LINK_ID) return;
    window.localStorage.setItem(CURRENT_KEY, id);
  } catch {
    // Storage refused (private mode, quota): the next visit opens the built-in list.
  }
}

/** The id of the dataset that was open last, or null. */
export function currentDatasetId(): string | null {
  try {
    return window.localStorage.getItem(CURRENT_KEY);
  } catch {
    return null;
  }
}

/** Why a storage call failed, in words (quota, private mode, ...). */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') return 'the browser’s storage is full';
  if (name === 'InvalidStateError' || name === 'SecurityError')
    return 'this browser does not allow storage here (private mode?)';
  return error instanceof Error ? error.message : String(error);
}
