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

/**
 * A paper's themes as coloured chips, each with its label as text. `compact` (a table cell) shows
 * the first theme and a "+N" chip for the rest: squeezing every chip into a narrow column left
 * the later ones a letter wide or cut off without an ellipsis. The rest stay readable: named in
 * the "+N" chip's tooltip and, for screen readers, in its text.
 */
export function ThemeChips({
  ids,
  compact = false,
}: {
  ids: readonly string[];
  compact?: boolean;
}) {
  const styles = useThemeStyles();
  if (ids.length === 0) return null;
  const labelOf = (id: string) => styles.get(id)?.label ?? id;
  const shown = compact ? ids.slice(0, 1) : ids;
  const rest = compact ? ids.slice(1).map(labelOf) : [];
  return (
    <ul className={`theme-chips${compact ? ' compact' : ''}`} aria-label="Themes">
      {shown.map((id) => {
        const color = styles.get(id)?.color ?? '#777777';
        return (
          <li
            key={id}
            className="chip"
            title={compact ? labelOf(id) : undefined}
            style={{ background: color, color: textColorOn(color) }}
          >
            {labelOf(id)}
          </li>
        );
      })}
      {rest.length > 0 && (
        <li className="chip more-chip" title={rest.join(', ')}>
          +{rest.length}
          <span className="visually-hidden"> more: {rest.join(', ')}</span>
        </li>
      )}
    </ul>
  );
}
