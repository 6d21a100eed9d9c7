import { memo, type MouseEvent } from 'react';
import type { Paper } from '../../data/types';
import type { PaperColumn } from './columns';

interface PaperRowProps {
  paper: Paper;
  columns: readonly PaperColumn[];
  /** 1-based position among the table's rows, header included (aria-rowindex). */
  ariaIndex: number;
  selected: boolean;
  hovered: boolean;
  height: number;
  onSelect(id: string, event: MouseEvent): void;
  onHover(id: string, event: MouseEvent): void;
}

/**
 * One table row. Memoised: hovering or selecting a paper re-renders the two rows whose state
 * changed, not every visible row with all its cells.
 */
export const PaperRow = memo(function PaperRow({
  paper,
  columns,
  ariaIndex,
  selected,
  hovered,
  height,
  onSelect,
  onHover,
}: PaperRowProps) {
  return (
    <tr
      aria-rowindex={ariaIndex}
      aria-selected={selected}
      className={
        [selected && 'is-selected', hovered && 'is-hovered'].filter(Boolean).join(' ') || undefined
      }
      style={{ height }}
      onClick={(event) => onSelect(paper.id, event)}
      onMouseEnter={(event) => onHover(paper.id, event)}
    >
      {columns.map((column) => (
        <td key={column.id} className={`col-${column.id}`}>
          {column.render(paper)}
        </td>
      ))}
    </tr>
  );
});
