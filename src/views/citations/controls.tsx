import type { ChangeEvent } from 'react';
import { useActions, useAppStore } from '../../store/context';
import type { ViewOptions } from '../../store/create-store';
import { noteInput } from '../shared/perf';

type Choice<K extends keyof ViewOptions> = {
  key: K;
  label: string;
  options: [ViewOptions[K], string][];
};

/** A labelled <select> bound to one of the store's view options. */
export function ViewSelect<
  K extends 'colorBy' | 'citationScale' | 'histogramBins' | 'filteredOut',
>({ choice }: { choice: Choice<K> }) {
  const value = useAppStore((s) => s.view[choice.key]);
  const actions = useActions();
  const onChange = (event: ChangeEvent<HTMLSelectElement>) => {
    noteInput('filter', event.nativeEvent);
    actions.setView({ [choice.key]: event.target.value } as Partial<ViewOptions>);
  };
  return (
    <label className="control">
      {choice.label}
      <select name={choice.key} value={value} onChange={onChange}>
        {choice.options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

export const COLOR_BY: Choice<'colorBy'> = {
  key: 'colorBy',
  label: 'Colour by',
  options: [
    ['cluster', 'Cluster'],
    ['theme', 'Theme'],
  ],
};
export const SCALE: Choice<'citationScale'> = {
  key: 'citationScale',
  label: 'Scale',
  options: [
    ['linear', 'Linear'],
    ['log', 'Log'],
  ],
};
export const BINS: Choice<'histogramBins'> = {
  key: 'histogramBins',
  label: 'Bins',
  options: [
    ['log', 'Log-spaced'],
    ['linear', 'Equal width'],
  ],
};
export const FILTERED_OUT: Choice<'filteredOut'> = {
  key: 'filteredOut',
  label: 'Filtered out',
  options: [
    ['dim', 'Dim'],
    ['hide', 'Hide'],
  ],
};
