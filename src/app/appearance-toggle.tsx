import { useEffect } from 'react';
import { useActions, useAppStore } from '../store/context';
import type { ViewOptions } from '../store/create-store';

const NEXT: Record<ViewOptions['theme'], ViewOptions['theme']> = {
  system: 'light',
  light: 'dark',
  dark: 'system',
};
const LABEL: Record<ViewOptions['theme'], string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** Cycles light/dark appearance: follow the system, light, dark; applies it to the document. */
export function AppearanceToggle() {
  const theme = useAppStore((s) => s.view.theme);
  const { setView } = useActions();
  useEffect(() => {
    // The document always carries the resolved scheme, so the CSS needs one dark block.
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved = theme === 'system' ? (media.matches ? 'dark' : 'light') : theme;
      document.documentElement.dataset.theme = resolved;
    };
    apply();
    if (theme !== 'system') return undefined;
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [theme]);
  return (
    <button
      type="button"
      className="appearance-toggle"
      onClick={() => setView({ theme: NEXT[theme] })}
    >
      Appearance: {LABEL[theme]}
    </button>
  );
}
