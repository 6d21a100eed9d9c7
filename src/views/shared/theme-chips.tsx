import { useMemo } from 'react';
import { useAppStore } from '../../store/context';
import { categoryColor, textColorOn } from './colors';

/** Colour and label of each theme of the dataset, by id. */
export function useThemeStyles(): Map<string, { label: string; color: string }> {
  const themes = useAppStore((s) => s.dataset.themes);
  return useMemo(
    () => new Map(themes.map((t, i) => [t.id, { label: t.label, color: categoryColor(i) }])),
    [themes],
  );
}

/** A paper's themes as coloured chips, each with its label as text. */
export function ThemeChips({
  ids,
  compact = false,
}: {
  ids: readonly string[];
  compact?: boolean;
}) {
  const styles = useThemeStyles();
  if (ids.length === 0) return null;
  return (
    <ul className={`theme-chips${compact ? ' compact' : ''}`} aria-label="Themes">
      {ids.map((id) => {
        const style = styles.get(id);
        const color = style?.color ?? '#777777';
        return (
          <li key={id} className="chip" style={{ background: color, color: textColorOn(color) }}>
            {style?.label ?? id}
          </li>
        );
      })}
    </ul>
  );
}
