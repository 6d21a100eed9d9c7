import { useMemo, useState } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { noteInput } from '../shared/perf';

/** First and last publication year as number inputs; shown only when the dataset has years. */
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
  const toDraft = (r: [number, number] | null) =>
    r ? { min: String(r[0]), max: String(r[1]) } : { min: '', max: '' };
  const [draft, setDraft] = useState(() => toDraft(range));
  // The store's range wins whenever it changes (reset, another control): re-sync during render.
  const [shown, setShown] = useState(range);
  if (shown !== range) {
    setShown(range);
    setDraft(toDraft(range));
  }
  if (!extent) return null;

  const commit = (next: { min: string; max: string }, event: Event) => {
    const lo = next.min === '' ? extent[0] : Number(next.min);
    const hi = next.max === '' ? extent[1] : Number(next.max);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return;
    noteInput('filter', event);
    setYearRange(next.min === '' && next.max === '' ? null : [Math.min(lo, hi), Math.max(lo, hi)]);
  };

  return (
    <fieldset className="filter-group year-range">
      <legend>Year</legend>
      {(['min', 'max'] as const).map((bound) => (
        <label key={bound}>
          {bound === 'min' ? 'From year' : 'To year'}
          <input
            type="number"
            inputMode="numeric"
            placeholder={String(bound === 'min' ? extent[0] : extent[1])}
            value={draft[bound]}
            onChange={(event) => setDraft({ ...draft, [bound]: event.target.value })}
            onBlur={(event) => commit({ ...draft, [bound]: event.target.value }, event.nativeEvent)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit(draft, event.nativeEvent);
            }}
          />
        </label>
      ))}
    </fieldset>
  );
}
