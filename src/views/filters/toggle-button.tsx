import type { MouseEvent } from 'react';

export interface ToggleButtonProps {
  label: string;
  color: string | undefined;
  count: number;
  pressed: boolean;
  title?: string;
  onToggle(event: MouseEvent<HTMLButtonElement>): void;
}

/** A filter toggle: colour swatch, label and crossfilter count; its name starts with the label. */
export function ToggleButton({ label, color, count, pressed, title, onToggle }: ToggleButtonProps) {
  return (
    <button
      type="button"
      className="theme-toggle-button"
      aria-pressed={pressed}
      title={title}
      onClick={onToggle}
    >
      <span className="swatch" aria-hidden="true" style={{ background: color }} />
      <span className="label">{label}</span>
      <span className="count">{count}</span>
    </button>
  );
}
