import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../data/types';
import { useActions, useAppStore, useAppStoreApi } from '../../store/context';
import { ImportControls } from '../../views/import/import-controls';
import { afterReady } from '../../views/shared/perf';
import { whenIdle } from '../../store/when-idle';
import { initialDatasetId, loadDefaultDataset } from '../load-dataset';
import {
  BUILT_IN_ID,
  deleteStoredDataset,
  LINK_ID,
  listStoredDatasets,
  loadStoredDataset,
  newDatasetId,
  rememberCurrentDataset,
  renameStoredDataset,
  saveDataset,
  storageErrorMessage,
  type StoredDatasetInfo,
} from '../persistence';

const BUILT_IN_NAME = 'The best NLP papers of 2025';
const count = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'paper' : 'papers'}`;

/**
 * The header's "Dataset" switcher (built-in, link and imported datasets, with Rename and Delete)
 * and the import controls. Imports are kept in IndexedDB; a storage failure is reported and the
 * imported dataset stays open for this visit.
 */
export function DatasetMenu() {
  const store = useAppStoreApi();
  const { setDataset, notify } = useActions();
  const [currentId, setCurrentId] = useState(initialDatasetId);
  const [stored, setStored] = useState<StoredDatasetInfo[]>([]);
  // Datasets open in this visit that storage does not hold (the link's, or a failed save).
  const session = useRef(
    new Map<string, Dataset>([[initialDatasetId(), store.getState().dataset]]),
  );
  const [linkName, setLinkName] = useState(() =>
    initialDatasetId() === LINK_ID ? store.getState().dataset.name : null,
  );
  const [pending, setPending] = useState<Dataset | null>(() =>
    initialDatasetId() === LINK_ID ? store.getState().dataset : null,
  );
  const selectId = useId();

  const refresh = useCallback(async () => {
    try {
      setStored(await listStoredDatasets());
    } catch {
      setStored([]);
    }
  }, []);
  // Opening IndexedDB costs ~20 ms of main thread (more on a first visit, which creates it): the
  // list waits for the first idle moment after the first paint, as the menu is rarely the first
  // thing used.
  useEffect(() => afterReady(() => whenIdle(() => void refresh(), 2000)), [refresh]);

  const open = useCallback(
    (id: string, dataset: Dataset) => {
      setDataset(dataset);
      setCurrentId(id);
      rememberCurrentDataset(id);
    },
    [setDataset],
  );

  const onImported = useCallback(
    async (dataset: Dataset) => {
      if (
        pending &&
        dataset.name === pending.name &&
        dataset.papers.length === pending.papers.length &&
        currentId === LINK_ID
      ) {
        // The link's dataset came back analysed: show it in place, it is not an import.
        setPending(null);
        setLinkName(dataset.name);
        session.current.set(LINK_ID, dataset);
        setDataset(dataset);
        return;
      }
      const id = newDatasetId();
      session.current.set(id, dataset);
      open(id, dataset);
      try {
        await saveDataset(id, dataset);
        session.current.delete(id);
        await refresh();
        notify(
          `Imported “${dataset.name}”: ${count(dataset.papers.length)}, kept in this browser.`,
        );
      } catch (error) {
        setStored((list) => [
          { id, name: dataset.name, papers: dataset.papers.length, savedAt: Date.now() },
          ...list,
        ]);
        notify(
          `Imported “${dataset.name}” (${count(dataset.papers.length)}), but could not keep it in this browser: ${storageErrorMessage(error)}. It stays open until you reload.`,
        );
      }
    },
    [open, refresh, notify, setDataset, pending, currentId],
  );

  const switchTo = async (id: string) => {
    try {
      const dataset =
        session.current.get(id) ??
        (id === BUILT_IN_ID ? await loadDefaultDataset() : await loadStoredDataset(id));
      if (!dataset) throw new Error('it is no longer in this browser’s storage');
      open(id, dataset);
    } catch (error) {
      notify(`Could not open that dataset: ${storageErrorMessage(error)}.`);
    }
  };

  const isImported = currentId !== BUILT_IN_ID && currentId !== LINK_ID;
  const currentName = useAppStore((s) => s.dataset.name);
  const currentCount = useAppStore((s) => s.dataset.papers.length);
  // The analysis reads the abstracts: a link's dataset without analysis waits for its companion
  // file, if it has one (selecting the flag re-renders this when they are in).
  const detailsPending = useAppStore((s) => s.detailsPending);
  const analyse = detailsPending || pending?.abstracts !== undefined ? null : pending;

  const rename = async () => {
    const name = window.prompt('New name for this dataset', currentName)?.trim();
    if (!name || name === currentName) return;
    const renamed = { ...store.getState().dataset, name };
    try {
      if (!session.current.has(currentId)) await renameStoredDataset(currentId, name);
      else session.current.set(currentId, renamed);
    } catch (error) {
      notify(`Could not rename it in this browser’s storage: ${storageErrorMessage(error)}.`);
      return;
    }
    setDataset(renamed);
    setStored((list) => list.map((d) => (d.id === currentId ? { ...d, name } : d)));
  };

  const remove = async () => {
    if (
      !window.confirm(
        `Delete “${currentName}” from this browser? The file you imported it from is not touched.`,
      )
    )
      return;
    const id = currentId;
    // Switch first, so the dataset in use is never one that is gone.
    await switchTo(BUILT_IN_ID);
    session.current.delete(id);
    try {
      await deleteStoredDataset(id);
      notify(`Deleted “${currentName}” from this browser.`);
    } catch (error) {
      notify(`Could not delete it from this browser’s storage: ${storageErrorMessage(error)}.`);
    }
    await refresh();
  };

  const options: { id: string; label: string }[] = [
    { id: BUILT_IN_ID, label: `${BUILT_IN_NAME} (built-in)` },
    ...(linkName !== null ? [{ id: LINK_ID, label: `${linkName} (from link)` }] : []),
    ...stored.map((d) => ({ id: d.id, label: `${d.name} (${count(d.papers)})` })),
  ];
  // The stored list arrives after the first paint: until then the open dataset is labelled as the
  // list will label it, so the option does not change under the user.
  if (!options.some((o) => o.id === currentId))
    options.push({ id: currentId, label: `${currentName} (${count(currentCount)})` });

  return (
    <div className="dataset-menu">
      <label htmlFor={selectId}>Dataset</label>
      <select
        id={selectId}
        value={currentId}
        onChange={(event) => void switchTo(event.target.value)}
      >
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      {/* Only imported datasets can be renamed or deleted; the others do not offer it. */}
      {isImported && (
        <>
          <button type="button" onClick={() => void rename()}>
            Rename
          </button>
          <button type="button" onClick={() => void remove()}>
            Delete
          </button>
        </>
      )}
      <ImportControls onImported={(d) => void onImported(d)} analyse={analyse} />
    </div>
  );
}
