import type { AppStore } from '../store/create-store';
import { applyViewState, decodeViewState, fitViewStateToDataset } from '../store/view-state';
import { SORTABLE_COLUMNS, ignoredNotice } from './url-state';

const isFigureFile = (file: File) =>
  /\.(png|svg)$/i.test(file.name) || file.type === 'image/png' || file.type === 'image/svg+xml';

/**
 * Restores the view stored in an exported figure dropped on the page. Handles only .png/.svg
 * files and leaves every other drop (e.g. a data file) to other handlers.
 */
export async function restoreViewFromFile(store: AppStore, file: File): Promise<boolean> {
  const { readViewQueryFromFile } = await import('../export/read-view-state');
  const query = await readViewQueryFromFile(file);
  const { notify } = store.getState().actions;
  if (query === null) {
    notify(
      `“${file.name}” is not a figure exported by paperscope, so it holds no view to restore.`,
    );
    return false;
  }
  const { state, ignored } = fitViewStateToDataset(
    decodeViewState(query),
    store.getState().dataset,
    SORTABLE_COLUMNS,
  );
  applyViewState(store, state);
  const notice = ignoredNotice(ignored);
  if (notice) notify(notice);
  return true;
}

/** Listens for figure files dropped anywhere on the page; returns the function that stops it. */
export function startFigureDrop(store: AppStore, target: Window = window): () => void {
  const figureIn = (event: DragEvent) => {
    const items = event.dataTransfer?.items;
    if (!items) return false;
    return [...items].some(
      (item) =>
        item.kind === 'file' && (item.type === 'image/png' || item.type === 'image/svg+xml'),
    );
  };
  const onDragOver = (event: DragEvent) => {
    if (figureIn(event)) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const files = [...(event.dataTransfer?.files ?? [])];
    const file = files.length === 1 ? files[0] : undefined;
    if (!file || !isFigureFile(file)) return;
    event.preventDefault();
    void restoreViewFromFile(store, file);
  };
  target.addEventListener('dragover', onDragOver);
  target.addEventListener('drop', onDrop);
  return () => {
    target.removeEventListener('dragover', onDragOver);
    target.removeEventListener('drop', onDrop);
  };
}
