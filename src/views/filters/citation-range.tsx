import { useMemo } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { RangeInputs } from '../shared/range-inputs';

const LABELS = ['Minimum citations', 'Maximum citations'] as const;

/** The citation-range filter from the keyboard: the same range the histogram brush sets. */
export function CitationRange() {
  const range = useAppStore((s) => s.filters.citationRange);
  const papers = useAppStore((s) => s.dataset.papers);
  const { setCitationRange } = useActions();
  const extent = useMemo(
    () =>
      papers.reduce<[number, number]>(
        ([lo, hi], p) => [Math.min(lo, p.citations), Math.max(hi, p.citations)],
        [papers.length ? Infinity : 0, 0],
      ),
    [papers],
  );
  return (
    <fieldset className="filter-group">
      <legend>Citations</legend>
      <RangeInputs labels={LABELS} value={range} extent={extent} onChange={setCitationRange} />
    </fieldset>
  );
}
