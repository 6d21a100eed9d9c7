import { useMemo } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { RangeInputs } from '../shared/range-inputs';

const LABELS = ['From year', 'To year'] as const;

/** First and last publication year; shown only when the dataset has years. */
export function YearRange() {
  const range = useAppStore((s) => s.filters.yearRange ?? null);
  const papers = useAppStore((s) => s.dataset.papers);
  const { setYearRange } = useActions();
  const extent = useMemo(() => {
    let lo = Infinity;
    let hi = -Infinity;
    for (const p of papers) {
      if (p.year === undefined) continue;
      lo = Math.min(lo, p.year);
      hi = Math.max(hi, p.year);
    }
    return Number.isFinite(lo) ? ([lo, hi] as [number, number]) : null;
  }, [papers]);
  if (!extent) return null;
  return (
    <fieldset className="filter-group">
      <legend>Year</legend>
      <RangeInputs labels={LABELS} value={range} extent={extent} onChange={setYearRange} />
    </fieldset>
  );
}
