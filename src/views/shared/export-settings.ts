import { useSyncExternalStore } from 'react';

/** The user's export choices, shared by every export menu on the page. */
export interface ExportSettings {
  scale: 1 | 2 | 3;
  appearance: 'current' | 'light' | 'dark';
  background: 'solid' | 'transparent';
}

let settings: ExportSettings = { scale: 2, appearance: 'current', background: 'solid' };
const listeners = new Set<() => void>();

/** Changes some export settings for every menu. */
export function setExportSettings(changes: Partial<ExportSettings>): void {
  settings = { ...settings, ...changes };
  listeners.forEach((l) => l());
}

/** The current export settings (re-renders when they change). */
export function useExportSettings(): ExportSettings {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => settings,
  );
}
