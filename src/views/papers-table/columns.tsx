import { createColumnHelper } from '@tanstack/react-table';
import { formatCount } from '../../data/format';
import type { Paper } from '../../data/types';
import { isSafeHttpUrl } from '../../data/parse/links';
import { latexToPlain } from '../../data/parse/latex';
import { ThemeChips } from '../shared/theme-chips';

import type { features } from './table-features';
import './optional-columns.css';

const helper = createColumnHelper<typeof features, Paper>();

/** Optional columns, shown only when the dataset has the field (e.g. an imported CSV or BibTeX). */
export interface OptionalColumns {
  year?: boolean;
  venue?: boolean;
}

/** The table's columns; the citation bar is scaled to the dataset's largest count. */
export function paperColumns(maxCitations: number, optional: OptionalColumns = {}) {
  return helper.columns([
    helper.accessor('rank', { header: 'Rank', sortFn: 'basic' }),
    helper.accessor((p) => latexToPlain(p.title), {
      id: 'title',
      header: 'Title',
      sortFn: 'text',
      cell: (info) => (
        <span className="title-cell" title={info.getValue()}>
          {info.getValue()}
          {info.row.original.outlier && (
            <span className="outlier-tag" title={info.row.original.outlierReason}>
              {' '}
              outlier
            </span>
          )}
        </span>
      ),
    }),
    helper.accessor((p) => p.themes?.join(' ') ?? '', {
      id: 'themes',
      header: 'Themes',
      sortFn: 'text',
      cell: (info) => <ThemeChips ids={info.row.original.themes ?? []} compact />,
    }),
    helper.accessor('citations', {
      header: 'Citations',
      sortFn: 'basic',
      sortDescFirst: true,
      cell: (info) => (
        <span className="citation-cell">
          <span className="citation-value">{formatCount(info.getValue())}</span>
          <span className="citation-track" aria-hidden="true">
            <span
              className="citation-bar"
              style={{ width: `${(100 * info.getValue()) / maxCitations}%` }}
            />
          </span>
        </span>
      ),
    }),
    ...(optional.year
      ? [
          helper.accessor((p) => p.year ?? 0, {
            id: 'year',
            header: 'Year',
            sortFn: 'basic',
            sortDescFirst: true,
            cell: (info) => info.row.original.year ?? '',
          }),
        ]
      : []),
    ...(optional.venue
      ? [
          helper.accessor((p) => p.venue ?? '', {
            id: 'venue',
            header: 'Venue',
            sortFn: 'text',
            cell: (info) => (
              <span className="venue-cell" title={info.getValue()}>
                {info.getValue()}
              </span>
            ),
          }),
        ]
      : []),
    helper.accessor((p) => p.github ?? '', {
      id: 'code',
      header: 'Code',
      sortFn: 'text',
      cell: (info) => {
        const url = info.getValue();
        if (!url || !isSafeHttpUrl(url)) return null;
        return (
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Code for ${latexToPlain(info.row.original.title)}`}
            onClick={(e) => e.stopPropagation()}
          >
            code
          </a>
        );
      },
    }),
  ]);
}
