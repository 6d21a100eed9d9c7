import { useState, type ChangeEvent } from 'react';
import { useActions, useAppStore } from '../../store/context';
import { noteInput } from '../shared/perf';

/** Typed text of the two inputs; empty means "open on this side". */
type Drafts = [string, string];

const fromRange = (range: [number, number] | null): Drafts =>
  range ? [String(range[0]), String(range[1])] : ['', ''];

/**
 * Keyboard access to the citation range: "Minimum citations" and "Maximum citations" inputs.
 * Each valid edit sets the store's range at once; a half-typed or inverted range waits.
 */
export function RangeInputs({ lo, hi }: { lo: number; hi: number }) {
  const range = useAppStore((s) => s.filters.citationRange);
  const actions = useActions();
  const [drafts, setDrafts] = useState<Drafts>(() => fromRange(range));
  const [seen, setSeen] = useState(range);
  // The range changed elsewhere (brush, Reset): show it (React's "adjust state on prop change").
  if (seen !== range) {
    setSeen(range);
    setDrafts(fromRange(range));
  }

  const edit = (side: 0 | 1) => (event: ChangeEvent<HTMLInputElement>) => {
    const next: Drafts =
      side === 0 ? [event.target.value, drafts[1]] : [drafts[0], event.target.value];
    setDrafts(next);
    const [a, b] = next.map((t) => t.trim());
    if (!a && !b) {
      noteInput('filter', event.nativeEvent);
      setSeen(null);
      actions.setCitationRange(null);
      return;
    }
    const min = a ? Number(a) : lo;
    const max = b ? Number(b) : hi;
    if (!Number.isFinite(min) || !Number.isFinite(max) || min > max) return;
    const value: [number, number] = [min, max];
    noteInput('filter', event.nativeEvent);
    // Our own edit: the store keeps this array, so the drafts stay as typed.
    setSeen(value);
    actions.setCitationRange(value);
  };

  return (
    <div className="range-inputs">
      <label>
        Minimum citations
        <input
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          placeholder={String(lo)}
          value={drafts[0]}
          onChange={edit(0)}
        />
      </label>
      <label>
        Maximum citations
        <input
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          placeholder={String(hi)}
          value={drafts[1]}
          onChange={edit(1)}
        />
      </label>
      <button
        type="button"
        className="small-button"
        disabled={!range}
        onClick={(e) => {
          noteInput('filter', e);
          actions.setCitationRange(null);
        }}
      >
        Clear range
      </button>
    </div>
  );
}
