import { useLayoutEffect } from 'react';
import { useAppStoreApi } from '../../store/context';

/** The interaction kinds the benchmark reads from `app:settled` (a public contract). */
export type InputCause =
  'theme' | 'search' | 'brush' | 'zoom' | 'sort' | 'select' | 'hover' | 'filter';

interface PendingInput {
  cause: InputCause;
  inputTs: number;
  /** The store version current when the input arrived; the mark waits for a newer one. */
  baseVersion: number;
}

/** The store version each view last rendered; -1 while a view is still loading. */
const drawnVersion = new Map<string, number>();
/** Views with work still to draw (deferred renders): the marks wait for them. */
const busyViews = new Set<string>();
let pending: PendingInput | null = null;
let readyMarked = false;
let scheduled = false;

interface VersionedStore {
  getState(): { version: number };
  subscribe(listener: () => void): () => void;
}
/** The app's store, so an input can be compared with the state the store holds right now. */
let currentStore: VersionedStore | null = null;
let unsubscribe: (() => void) | null = null;

/** The store's newest state version. */
function storeVersion(): number {
  return currentStore?.getState().version ?? 0;
}

/** Watches `store`: every change schedules a check one paint later. */
function attach(store: VersionedStore): void {
  if (currentStore === store) return;
  unsubscribe?.();
  currentStore = store;
  unsubscribe = store.subscribe(() => check());
}

/** True while `runInFrame` runs: the change being made is drawn by this very frame. */
let inFrame = false;

/**
 * Runs `fn` (an animation-frame callback that changes the store) so that what it renders is
 * drawn in this frame: views that draw in a frame callback of their own draw at once, and the
 * marks wait for this frame's paint instead of the next one's (a brush or zoom frame would
 * otherwise be reported, and the map drawn, one frame late). `fn` must commit synchronously.
 */
export function runInFrame(fn: () => void): void {
  inFrame = true;
  try {
    fn();
  } finally {
    inFrame = false;
  }
}

/** True inside `runInFrame`: a view's own frame callback would already be one frame late. */
export function isInFrame(): boolean {
  return inFrame;
}

/** Runs `fn` after a task that follows a paint. */
function afterThisPaint(fn: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => fn();
  channel.port2.postMessage(null);
}

/**
 * Runs `fn` one paint after now: a frame, then a task after that frame's paint. Inside a frame
 * callback (`runInFrame`) the frame being built is that frame: its paint comes before the task.
 */
function afterPaint(fn: () => void): void {
  if (inFrame) afterThisPaint(fn);
  else requestAnimationFrame(() => afterThisPaint(fn));
}

/** Set when a view answered the pending input with state of its own, outside the store. */
let answeredLocally = false;

/**
 * A view has rendered its answer to the pending input in state of its own that no other view
 * shows (the map's zoom transform at each wheel step): `app:settled` follows the next paint,
 * without waiting for a store change.
 */
export function answerInputLocally(): void {
  if (!pending) return;
  answeredLocally = true;
  check();
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

/**
 * True when no view is loading or busy. A store change is rendered synchronously (zustand's
 * subscriptions update in React's sync lane), so by the paint after it every view that depends on
 * the change has re-rendered; a view that did not re-render was unaffected and is up to date.
 */
function allDrawn(): boolean {
  if (drawnVersion.size === 0 || busyViews.size > 0) return false;
  for (const v of drawnVersion.values()) if (v < 0) return false;
  return true;
}

function check(): void {
  if (scheduled) return;
  scheduled = true;
  afterPaint(() => {
    scheduled = false;
    if (!allDrawn()) return;
    const version = storeVersion();
    if (!readyMarked) {
      readyMarked = true;
      performance.mark('app:ready');
      readyCallbacks.splice(0).forEach((fn) => fn());
    }
    const local = answeredLocally;
    answeredLocally = false;
    if (pending && (version > pending.baseVersion || local)) {
      const { cause, inputTs } = pending;
      pending = null;
      performance.mark('app:settled', { detail: { cause, inputTs, version } });
    }
  });
}

/**
 * A view calls this once per render to confirm the state it has drawn. It reads the store's
 * version without subscribing, so a view re-renders only for the state it selects. `busy` says
 * the view still has work to draw (e.g. a `useDeferredValue` that trails): the marks wait for it.
 */
export function useDrawn(view: string, busy = false): void {
  const store = useAppStoreApi();
  const version = store.getState().version;
  // Layout effects run in the commit itself, so the tracker knows before the paint it waits for.
  useLayoutEffect(() => {
    attach(store);
    drawnVersion.set(view, version);
    if (busy) busyViews.add(view);
    else busyViews.delete(view);
    check();
  });
  useLayoutEffect(
    () => () => {
      drawnVersion.delete(view);
      busyViews.delete(view);
      check();
    },
    [view],
  );
}

/**
 * Holds `app:ready` and `app:settled` back while a view named `view` is still loading (e.g. a
 * lazily imported chart's Suspense fallback), so the marks wait for it to draw.
 */
export function useViewLoading(view: string): void {
  useLayoutEffect(() => {
    if (!drawnVersion.has(view)) drawnVersion.set(view, -1);
    return () => {
      if (drawnVersion.get(view) === -1) drawnVersion.delete(view);
      check();
    };
  }, [view]);
}
