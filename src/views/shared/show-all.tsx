import { useId, useState, type ReactNode } from 'react';

/** How many items a long list (a dataset's clusters) shows before "Show all". */
const SHORT_LIST = 12;

/**
 * A long list shown by its first SHORT_LIST items until "Show all". A dataset of 10,000 papers
 * has ~40 clusters: listing them all in the filters and in the map legend cost ~0.1 s of its
 * first render and layout, and every filter change re-rendered them, for rows below the fold.
 * The list opens on "Show all", or by itself when an item past the first SHORT_LIST must be seen
 * (`mustShow`: a selected cluster, one being renamed), and stays open until "Show fewer".
 * Returns the items to render, the id to give the list, and the button to put under it.
 */
export function useShortList<T>(
  items: readonly T[],
  noun: string,
  mustShow: (item: T) => boolean,
): { shown: readonly T[]; listId: string; showAll: ReactNode } {
  const listId = useId();
  const mustShowAll = items.some((item, i) => i >= SHORT_LIST && mustShow(item));
  const [expanded, setExpanded] = useState(mustShowAll);
  // Opened during the render that needs it (React's pattern for state that follows a prop), so
  // the item appears in this very commit.
  const [required, setRequired] = useState(mustShowAll);
  if (mustShowAll !== required) {
    setRequired(mustShowAll);
    if (mustShowAll) setExpanded(true);
  }
  const showAll =
    items.length > SHORT_LIST ? (
      <button
        type="button"
        className="show-all-button"
        aria-expanded={expanded}
        aria-controls={listId}
        onClick={() => setExpanded((open) => !open)}
      >
        {expanded ? `Show fewer ${noun}` : `Show all ${items.length} ${noun}`}
      </button>
    ) : null;
  return { shown: expanded ? items : items.slice(0, SHORT_LIST), listId, showAll };
}
