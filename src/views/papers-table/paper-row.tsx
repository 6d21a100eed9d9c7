import { memo, type MouseEvent } from 'react';
import { FlexRender, type Row } from '@tanstack/react-table';
import type { Paper } from '../../data/types';
import type { features } from './table-features';

interface PaperRowProps {
  row: Row<typeof features, Paper>;
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
  row,
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
      onClick={(event) => onSelect(row.id, event)}
      onMouseEnter={(event) => onHover(row.id, event)}
    >
      {row.getAllCells().map((cell) => (
        <td key={cell.id} className={`col-${cell.column.id}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
});
