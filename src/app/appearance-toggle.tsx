import { useEffect } from 'react';
import { useActions, useAppStore } from '../store/context';
import type { ViewOptions } from '../store/create-store';

const NEXT: Record<ViewOptions['theme'], ViewOptions['theme']> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ViewOptions['theme'], string> = { system: 'System', light: 'Light', dark: 'Dark' };

/** Cycles light/dark appearance: follow the system, light, dark; applies it to the document. */
export function AppearanceToggle() {
  const theme = useAppStore((s) => s.view.theme);
  const { setView } = useActions();
  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <button type="button" className="appearance-toggle" onClick={() => setView({ theme: NEXT[theme] })}>
      Appearance: {LABEL[theme]}
    </button>
  );
}
