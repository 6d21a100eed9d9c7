import { useMemo } from 'react';
import { countThemes } from '../../data/filter';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { noteInput } from '../shared/perf';
import { useThemeStyles } from '../shared/theme-chips';
import { ToggleButton } from './toggle-button';

const NONE: readonly string[] = [];

/** One toggle button per theme with its crossfilter count, and the Any / All switch. */
export function ThemeToggles() {
  const papers = useAppStore((s) => s.dataset.papers);
  const themes = useAppStore((s) => s.dataset.themes);
  const selected = useAppStore((s) => s.filters.themes);
  const mode = useAppStore((s) => s.filters.themeMode);
  const actions = useActions();
  const styles = useThemeStyles();
  const baseMask = useFilterMask(['themes']);
  // Under Any the counts do not depend on the selection, so a theme click reuses them.
  const countedSelection = mode === 'all' ? selected : NONE;
  const counts = useMemo(
    () =>
      countThemes(
        papers,
        baseMask,
        themes.map((t) => t.id),
        countedSelection,
        mode,
      ),
    [papers, baseMask, themes, countedSelection, mode],
  );
  if (themes.length === 0) return <p className="muted">This dataset has no themes yet.</p>;
  return (
    <fieldset className="filter-group">
      <legend>Themes</legend>
      <div className="mode-switch" role="radiogroup" aria-label="Combine themes">
        {(['any', 'all'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name="theme-mode"
              value={m}
              checked={mode === m}
              onChange={(event) => {
                noteInput('filter', event.nativeEvent);
                actions.setThemeMode(m);
              }}
            />
            {m === 'any' ? 'Any' : 'All'}
          </label>
        ))}
      </div>
      <ul className="theme-toggles">
        {themes.map((theme) => {
          const pressed = selected.includes(theme.id);
          const count = counts.get(theme.id) ?? 0;
          return (
            <li key={theme.id}>
              <ToggleButton
                label={theme.label}
                color={styles.get(theme.id)?.color}
                count={count}
                pressed={pressed}
                title={theme.description}
                onToggle={(event) => {
                  noteInput('theme', event);
                  actions.toggleTheme(theme.id);
                }}
              />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
