import type { ReactNode } from 'react';
import { createColumnHelper } from '@tanstack/react-table';
import { formatCount } from '../../data/format';
import type { Paper } from '../../data/types';
import { isSafeHttpUrl } from '../../data/parse/links';
import { latexToPlain } from '../../data/parse/latex';
import { ThemeChips } from '../shared/theme-chips';

import type { features } from './table-features';
import './optional-columns.css';

/** Optional columns, shown only when the dataset has the field (e.g. an imported CSV or BibTeX). */
export interface OptionalColumns {
  year?: boolean;
  venue?: boolean;
}

/**
 * One column: the value it sorts by, and how a row's cell shows the paper. The body renders cells
 * straight from the paper, not through the table model's per-cell objects, because those are
 * built (with their memo caches) for every row the first time it scrolls or filters into view.
 */
export interface PaperColumn {
  id: string;
  header: string;
  sortFn: 'basic' | 'text';
  /** The first header click sorts descending (numbers: most first), else ascending. */
  sortDescFirst: boolean;
  value(paper: Paper): string | number;
  render(paper: Paper): ReactNode;
}

/** The table's columns; the citation bar is scaled to the dataset's largest count. */
export function paperColumns(maxCitations: number, optional: OptionalColumns = {}): PaperColumn[] {
  const columns: (PaperColumn | false | undefined)[] = [
    {
      id: 'rank',
      header: 'Rank',
      sortFn: 'basic',
      sortDescFirst: true,
      value: (p) => p.rank,
      render: (p) => p.rank,
    },
    {
      id: 'title',
      header: 'Title',
      sortFn: 'text',
      sortDescFirst: false,
      value: (p) => latexToPlain(p.title),
      render: (p) => {
        const title = latexToPlain(p.title);
        return (
          <span className="title-cell" title={title}>
            {title}
            {p.outlier && (
              <span className="outlier-tag" title={p.outlierReason}>
                {' '}
                outlier
              </span>
            )}
          </span>
        );
      },
    },
    {
      id: 'themes',
      header: 'Themes',
      sortFn: 'text',
      sortDescFirst: false,
      value: (p) => p.themes?.join(' ') ?? '',
      render: (p) => <ThemeChips ids={p.themes ?? []} compact />,
    },
    {
      id: 'citations',
      header: 'Citations',
      sortFn: 'basic',
      sortDescFirst: true,
      value: (p) => p.citations,
      render: (p) => (
        <span className="citation-cell">
          <span className="citation-value">{formatCount(p.citations)}</span>
          <span className="citation-track" aria-hidden="true">
            <span
              className="citation-bar"
              style={{ width: `${(100 * p.citations) / maxCitations}%` }}
            />
          </span>
        </span>
      ),
    },
    optional.year && {
      id: 'year',
      header: 'Year',
      sortFn: 'basic',
      sortDescFirst: true,
      value: (p) => p.year ?? 0,
      render: (p) => p.year ?? '',
    },
    optional.venue && {
      id: 'venue',
      header: 'Venue',
      sortFn: 'text',
      sortDescFirst: false,
      value: (p) => p.venue ?? '',
      render: (p) => (
        <span className="venue-cell" title={p.venue}>
          {p.venue}
        </span>
      ),
    },
    {
      id: 'code',
      header: 'Code',
      sortFn: 'text',
      sortDescFirst: false,
      value: (p) => p.github ?? '',
      render: (p) => {
        const url = p.github;
        if (!url || !isSafeHttpUrl(url)) return null;
        return (
          <a
            href={url}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Code for ${latexToPlain(p.title)}`}
            onClick={(e) => e.stopPropagation()}
          >
            code
          </a>
        );
      },
    },
  ];
  return columns.filter((c): c is PaperColumn => !!c);
}

const helper = createColumnHelper<typeof features, Paper>();

/**
 * The columns as the table model knows them: headers, and the sorting state and its header
 * toggles. The model holds no rows (the body's order comes from `sortOrder`), so each column says
 * its first sort direction instead of the model guessing it from the first rows' values.
 */
export function headerColumns(columns: readonly PaperColumn[]) {
  return helper.columns(
    columns.map((c) =>
      helper.accessor(c.value, {
        id: c.id,
        header: c.header,
        sortFn: c.sortFn,
        sortDescFirst: c.sortDescFirst,
      }),
    ),
  );
}
