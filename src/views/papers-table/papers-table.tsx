import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { functionalUpdate, useTable, type SortingState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Paper } from '../../data/types';
import { passingInOrder, sortOrder } from '../../data/sort-order';
import { citationExtent } from '../../data/stats';
import { useActions, useAppStore } from '../../store/context';
import { useFilterMask } from '../../store/derived';
import { noteInput, useDrawn } from '../shared/perf';
import { useFrameCoalesced } from '../shared/use-frame-coalesced';
import { headerColumns, paperColumns } from './columns';
import { PaperRow } from './paper-row';
import { features } from './table-features';

const ROW_HEIGHT = 36;
const NO_ROWS: Paper[] = [];
const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** The sortable, virtualised table of the papers that pass every filter. */
export function PapersTable() {
  useDrawn('papers-table');
  const mask = useFilterMask();
  const sorting = useAppStore((s) => s.sorting) as SortingState;
  const selectedId = useAppStore((s) => s.selectedId);
  const hoveredId = useAppStore((s) => s.hoveredId);
  const actions = useActions();
  const hover = useFrameCoalesced(actions.hover);
  const allPapers = useAppStore((s) => s.dataset.papers);
  // At least 1, so an all-zero list still gets bars of width 0 rather than NaN.
  const maxCitations = useMemo(() => Math.max(1, citationExtent(allPapers)[1]), [allPapers]);
  const hasYear = useMemo(() => allPapers.some((p) => p.year !== undefined), [allPapers]);
  const hasVenue = useMemo(() => allPapers.some((p) => !!p.venue), [allPapers]);
  const columns = useMemo(
    () => paperColumns(maxCitations, { year: hasYear, venue: hasVenue }),
    [maxCitations, hasYear, hasVenue],
  );

  // The table model keeps the sorting state and draws the headers; it holds no rows.
  const modelColumns = useMemo(() => headerColumns(columns), [columns]);
  const table = useTable({
    features,
    columns: modelColumns,
    data: NO_ROWS,
    manualSorting: true,
    state: { sorting },
    onSortingChange: (updater) => {
      actions.setSorting(functionalUpdate(updater, sorting));
    },
  });
  // Every paper is sorted once per sort change; a filter change then picks the passing ones out
  // of that order, one pass over a mask.
  const order = useMemo(
    () =>
      sortOrder(
        allPapers.length,
        sorting.flatMap((rule) => {
          const column = columns.find((c) => c.id === rule.id);
          return column
            ? [{ values: allPapers.map(column.value), kind: column.sortFn, desc: rule.desc }]
            : [];
        }),
      ),
    [allPapers, columns, sorting],
  );
  const rows = useMemo(() => passingInOrder(order, mask), [order, mask]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualizer is read during render only; no memoised child receives its functions.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    initialRect: { width: 800, height: 600 },
  });

  // A pass over the shown rows, so once per rows or selection change, not on every hover frame.
  const selectedIndex = useMemo(
    () => (selectedId === null ? -1 : rows.findIndex((i) => allPapers[i]!.id === selectedId)),
    [rows, allPapers, selectedId],
  );
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (rows.length === 0) return;
      const page = Math.max(
        1,
        Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1,
      );
      const from = selectedIndex;
      const target: Record<string, number> = {
        ArrowDown: from < 0 ? 0 : Math.min(rows.length - 1, from + 1),
        ArrowUp: from < 0 ? 0 : Math.max(0, from - 1),
        PageDown: Math.min(rows.length - 1, Math.max(0, from) + page),
        PageUp: Math.max(0, from - page),
        Home: 0,
        End: rows.length - 1,
      };
      const next = target[event.key];
      if (next === undefined) {
        if (event.key === 'Escape') actions.select(null);
        return;
      }
      event.preventDefault();
      noteInput('select', event);
      actions.select(allPapers[rows[next]!]!.id);
    },
    [rows, allPapers, selectedIndex, actions],
  );

  const onSelectRow = useCallback(
    (id: string, event: MouseEvent) => {
      noteInput('select', event);
      actions.select(id);
    },
    [actions],
  );
  const onHoverRow = useCallback(
    (id: string, event: MouseEvent) => {
      noteInput('hover', event);
      hover(id);
    },
    [hover],
  );

  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  return (
    <div
      className="table-scroll"
      ref={scrollRef}
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label="Papers table: arrow keys move the selection, Home and End jump"
      onMouseLeave={() => hover(null)}
    >
      <table className="papers-table" aria-rowcount={rows.length + 1}>
        <thead>
          <tr>
            {headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  className={`col-${header.id}`}
                  aria-sort={sorted ? ARIA_SORT[sorted] : 'none'}
                >
                  <button
                    type="button"
                    className="sort-button"
                    onClick={(event) => {
                      noteInput('sort', event);
                      header.column.getToggleSortingHandler()?.(event);
                    }}
                  >
                    <table.FlexRender header={header} />
                    <span aria-hidden="true" className="sort-mark">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={headers.length} style={{ height: padTop }} />
            </tr>
          )}
          {items.map((item) => {
            const paper = allPapers[rows[item.index]!]!;
            return (
              <PaperRow
                // Keyed by place: a filter or sort change updates the visible rows in place.
                key={item.index}
                paper={paper}
                columns={columns}
                ariaIndex={item.index + 2}
                selected={paper.id === selectedId}
                hovered={paper.id === hoveredId}
                height={ROW_HEIGHT}
                onSelect={onSelectRow}
                onHover={onHoverRow}
              />
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={headers.length} style={{ height: padBottom }} />
            </tr>
          )}
        </tbody>
      </table>
      {rows.length === 0 && <p className="empty-state">No papers match the current filters.</p>}
    </div>
  );
}
