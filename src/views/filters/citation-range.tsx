import { useState } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { noteInput } from '../shared/perf';

/** Minimum and maximum citations as number inputs; the same range the histogram brush sets. */
export function CitationRange() {
  const range = useAppStore((s) => s.filters.citationRange);
  const papers = useAppStore((s) => s.dataset.papers);
  const { setCitationRange } = useActions();
  const extent = papers.reduce<[number, number]>(
    ([lo, hi], p) => [Math.min(lo, p.citations), Math.max(hi, p.citations)],
    [Infinity, 0],
  );
  const fromRange = () =>
    range ? { min: String(Math.round(range[0])), max: String(Math.round(range[1])) } : { min: '', max: '' };
  const [draft, setDraft] = useState(fromRange);
  // When the range changes elsewhere (brush, Reset, a link), the inputs show it.
  const [shownRange, setShownRange] = useState(range);
  if (shownRange !== range) {
    setShownRange(range);
    setDraft(fromRange());
  }

  const commit = (next: { min: string; max: string }, event: Event) => {
    const lo = next.min === '' ? extent[0] : Number(next.min);
    const hi = next.max === '' ? extent[1] : Number(next.max);
    if (!Number.isFinite(lo) || !Number.isFinite(hi)) return;
    noteInput('filter', event);
    setCitationRange(next.min === '' && next.max === '' ? null : [Math.min(lo, hi), Math.max(lo, hi)]);
  };

  return (
    <fieldset className="filter-group citation-range">
      <legend>Citations</legend>
      {(['min', 'max'] as const).map((bound) => (
        <label key={bound}>
          {bound === 'min' ? 'Minimum citations' : 'Maximum citations'}
          <input
            type="number"
            min={0}
            inputMode="numeric"
            placeholder={String(bound === 'min' ? (Number.isFinite(extent[0]) ? extent[0] : 0) : extent[1])}
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
