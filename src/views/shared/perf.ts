import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/context';

/** The interaction kinds the benchmark reads from `app:settled` (a public contract). */
export type InputCause =
  'theme' | 'search' | 'brush' | 'zoom' | 'sort' | 'select' | 'hover' | 'filter';

interface PendingInput {
  cause: InputCause;
  inputTs: number;
  /** The store version current when the input arrived; the mark waits for a newer one. */
  baseVersion: number;
}

const drawnVersion = new Map<string, number>();
let latestVersion = 0;
let pending: PendingInput | null = null;
let readyMarked = false;
let scheduled = false;
/** The app's store, so an input can be compared with the state the store holds right now. */
let currentStore: { getState(): { version: number } } | null = null;

/** The newest state version: the store's, or the newest any view drew if no view has mounted. */
function storeVersion(): number {
  return Math.max(latestVersion, currentStore?.getState().version ?? 0);
}

/** Runs `fn` one paint after now: a frame, then a task after that frame's paint. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(null);
  });
}

/** Records the user input that the next state change answers (call before the action). */
export function noteInput(cause: InputCause, event: { timeStamp: number } | null): void {
  // The store's version, not the newest drawn one: a change already made but not yet drawn must
  // not be taken for this input's answer.
  pending = { cause, inputTs: event?.timeStamp ?? performance.now(), baseVersion: storeVersion() };
}

const readyCallbacks: (() => void)[] = [];

/** Runs `fn` once the app has drawn its first frame (at once if it has); returns a canceller. */
export function afterReady(fn: () => void): () => void {
  if (readyMarked) {
    fn();
    return () => {};
  }
  readyCallbacks.push(fn);
  return () => {
    const i = readyCallbacks.indexOf(fn);
    if (i >= 0) readyCallbacks.splice(i, 1);
  };
}

function allDrawn(version: number): boolean {
  for (const v of drawnVersion.values()) if (v < version) return false;
  return drawnVersion.size > 0;
}

function check(): void {
  if (scheduled) return;
  scheduled = true;
  afterPaint(() => {
    scheduled = false;
    // Every view must have drawn the store's newest state, not only the newest one some view drew.
    const version = storeVersion();
    if (!allDrawn(version)) return;
    if (!readyMarked) {
      readyMarked = true;
      performance.mark('app:ready');
      readyCallbacks.splice(0).forEach((fn) => fn());
    }
    if (pending && version > pending.baseVersion) {
      const { cause, inputTs } = pending;
      pending = null;
      performance.mark('app:settled', { detail: { cause, inputTs, version } });
    }
  });
}

/** A view calls this to confirm the store version it has drawn. */
export function useDrawn(view: string): void {
  const version = useAppStore((s) => s.version);
  const store = useAppStoreApi();
  useEffect(() => {
    currentStore = store;
  }, [store]);
  useEffect(() => {
    latestVersion = Math.max(latestVersion, version);
    drawnVersion.set(view, version);
    check();
  }, [view, version]);
  useEffect(
    () => () => {
      drawnVersion.delete(view);
    },
    [view],
  );
}

/**
 * Holds `app:ready` and `app:settled` back while a view named `view` is still loading (e.g. a
 * lazily imported chart's Suspense fallback), so the marks wait for it to draw.
 */
export function useViewLoading(view: string): void {
  useEffect(() => {
    if (!drawnVersion.has(view)) drawnVersion.set(view, -1);
    return () => {
      if (drawnVersion.get(view) === -1) drawnVersion.delete(view);
    };
  }, [view]);
}
