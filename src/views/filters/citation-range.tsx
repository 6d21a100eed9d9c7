import { useMemo } from 'react';
import { citationExtent } from '../../data/stats';
import { useActions, useAppStore } from '../../store/context';
import { RangeInputs } from '../shared/range-inputs';

const LABELS = ['Minimum citations', 'Maximum citations'] as const;

/** The citation-range filter from the keyboard: the same range the histogram brush sets. */
export function CitationRange() {
  const range = useAppStore((s) => s.filters.citationRange);
  const papers = useAppStore((s) => s.dataset.papers);
  const { setCitationRange } = useActions();
  const extent = useMemo(() => citationExtent(papers), [papers]);
  return (
    <fieldset className="filter-group">
      <legend>Citations</legend>
      <RangeInputs labels={LABELS} value={range} extent={extent} onChange={setCitationRange} />
    </fieldset>
  );
}
