import { useEffect } from 'react';
import { useAppStore } from '../../store/context';

/** The interaction kinds the benchmark reads from `app:settled` (a public contract). */
export type InputCause = 'theme' | 'search' | 'brush' | 'zoom' | 'sort' | 'select' | 'hover' | 'filter';

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
  pending = { cause, inputTs: event?.timeStamp ?? performance.now(), baseVersion: latestVersion };
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
    const version = latestVersion;
    if (!allDrawn(version)) return;
    if (!readyMarked) {
      readyMarked = true;
      performance.mark('app:ready');
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
