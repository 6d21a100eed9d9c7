import { useState } from 'react';

/** How many items a long list (a dataset's clusters) shows before "Show all". */
export const SHORT_LIST = 12;

/**
 * Whether a long list shows all its items. A dataset of 10,000 papers has ~40 clusters: listing
 * them all in the filters and in the map legend cost ~0.1 s of its first render and layout, and
 * every filter change re-renders them, for rows below the fold. The list opens on "Show all", or
 * by itself when an item past the first SHORT_LIST must be seen (`mustShowAll`: a selected
 * cluster, one being renamed), and stays open until "Show fewer".
 */
export function useShowAll(mustShowAll: boolean): [expanded: boolean, toggle: () => void] {
  const [expanded, setExpanded] = useState(mustShowAll);
  // Opened during the render that needs it (React's pattern for state that follows a prop), so
  // the item appears in this very commit.
  const [required, setRequired] = useState(mustShowAll);
  if (mustShowAll !== required) {
    setRequired(mustShowAll);
    if (mustShowAll) setExpanded(true);
  }
  return [expanded, () => setExpanded((open) => !open)];
}

/** The first SHORT_LIST items, or all of them when `expanded`. */
export function shownItems<T>(items: readonly T[], expanded: boolean): readonly T[] {
  return expanded ? items : items.slice(0, SHORT_LIST);
}

/** "Show all 40 clusters" / "Show fewer clusters" under a long list; nothing under a short one. */
export function ShowAllButton({
  total,
  noun,
  expanded,
  onToggle,
  controls,
}: {
  total: number;
  noun: string;
  expanded: boolean;
  onToggle(): void;
  /** The id of the list it opens. */
  controls: string;
}) {
  if (total <= SHORT_LIST) return null;
  return (
    <button
      type="button"
      className="show-all-button"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {expanded ? `Show fewer ${noun}` : `Show all ${total} ${noun}`}
    </button>
  );
}
