import { useState, type ChangeEvent } from 'react';
import { noteInput } from './perf';

/** Typed text of the two inputs; empty means "open on this side". */
type Drafts = [string, string];

const fromRange = (range: readonly [number, number] | null): Drafts =>
  range ? [String(Math.round(range[0])), String(Math.round(range[1]))] : ['', ''];

export interface RangeInputsProps {
  /** Accessible names of the two inputs, e.g. ["Minimum citations", "Maximum citations"]. */
  labels: readonly [string, string];
  /** The range in the store, or null for none. */
  value: readonly [number, number] | null;
  /** The data's extent: what an empty side stands for. */
  extent: readonly [number, number];
  onChange(range: [number, number] | null): void;
}

/** A form field name from an input's label: "Minimum citations" → "minimum-citations". */
const fieldName = (label: string) => label.toLowerCase().replace(/\s+/g, '-');

/**
 * Two number inputs for an inclusive range. Each valid edit applies at once; a half-typed or
 * inverted range waits. A change made elsewhere (a brush, Reset, a link) shows in the inputs.
 */
export function RangeInputs({ labels, value, extent, onChange }: RangeInputsProps) {
  const [drafts, setDrafts] = useState<Drafts>(() => fromRange(value));
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    setSeen(value);
    setDrafts(fromRange(value));
  }

  const edit = (side: 0 | 1) => (event: ChangeEvent<HTMLInputElement>) => {
    const next: Drafts =
      side === 0 ? [event.target.value, drafts[1]] : [drafts[0], event.target.value];
    setDrafts(next);
    const [a, b] = next.map((t) => t.trim());
    let range: [number, number] | null = null;
    if (a || b) {
      range = [a ? Number(a) : extent[0], b ? Number(b) : extent[1]];
      if (!range.every(Number.isFinite) || range[0] > range[1]) return;
    }
    noteInput('filter', event.nativeEvent);
    // Our own edit: the store keeps this array, so the drafts stay as typed.
    setSeen(range);
    onChange(range);
  };

  return (
    <div className="range-inputs">
      {labels.map((label, side) => (
        <label key={label}>
          {label}
          <input
            type="number"
            name={fieldName(label)}
            step={1}
            inputMode="numeric"
            placeholder={String(extent[side])}
            value={drafts[side]}
            onChange={edit(side as 0 | 1)}
          />
        </label>
      ))}
    </div>
  );
}
