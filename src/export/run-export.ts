/**
 * The export actions, loaded on first use (dynamic import) so none of this code is in the
 * initial bundle. Each takes a snapshot of the store state at the moment of the click.
 */
import type { AppState } from '../store/create-store';
import { searchIndexFor } from '../store/derived';
import { captureViewState, encodeViewState } from '../store/view-state';
import { filterMask } from '../data/filter';
import type { Paper } from '../data/types';
import { papersToBibtex } from './bibtex';
import { figureCaption } from './caption';
import { papersToCsv } from './csv';
import { datasetToJson, subsetDataset } from './dataset-json';
import { downloadBlob } from './download';
import { chartFigure, dashboardFigure, type FigureOptions, type FigureSvg } from './figure-svg';
import { exportFileName } from './file-name';
import { rasterize } from './rasterize';
import { getFigure } from './registry';
import { withAppearance } from './serialize-svg';

/** The id that names the whole dashboard rather than one registered chart. */
export const DASHBOARD_ID = 'dashboard';

export type ExportState = Pick<AppState, 'dataset' | 'filters' | 'selectedId' | 'sorting' | 'view'>;

function visiblePapers(state: ExportState): Paper[] {
  const papers = state.dataset.papers;
  const mask = filterMask(papers, searchIndexFor(papers), state.filters);
  return papers.filter((_, i) => mask[i] === 1);
}

/** The figure for `figureId` ("dashboard" or a registered chart) as an SVG document. */
export function buildFigure(
  figureId: string,
  state: ExportState,
  options: FigureOptions,
  root?: HTMLElement,
): FigureSvg {
  const caption = figureCaption(
    state.dataset,
    state.filters,
    visiblePapers(state).length,
    state.view.clusterNames,
  );
  const query = encodeViewState(captureViewState(state));
  return withAppearance(options.appearance, () => {
    if (figureId === DASHBOARD_ID) {
      const element = root ?? document.querySelector<HTMLElement>('.app');
      if (!element) throw new Error('the dashboard is not on the page');
      return dashboardFigure(
        element,
        { title: state.dataset.name || 'paperscope', caption, query },
        options,
      );
    }
    const source = getFigure(figureId);
    const figure = source && chartFigure(source, { title: source.title, caption, query }, options);
    if (!figure) throw new Error(`the chart “${figureId}” is not on the page`);
    return figure;
  });
}

/** Renders the figure to a PNG blob at `scale`, view state embedded. */
export async function figurePng(
  figureId: string,
  state: ExportState,
  options: FigureOptions,
  scale: number,
  root?: HTMLElement,
): Promise<Blob> {
  const t0 = performance.now();
  const figure = buildFigure(figureId, state, options, root);
  // Named stages (export:svg, export:draw, export:encode) for the benchmark and DevTools.
  performance.measure('export:svg', { start: t0 });
  return rasterize(
    figure.svg,
    figure.width,
    figure.height,
    scale,
    encodeViewState(captureViewState(state)),
  );
}

/** Exports a figure as a PNG or SVG download; resolves with the file name. */
export async function exportFigure(
  figureId: string,
  format: 'png' | 'svg',
  state: ExportState,
  options: FigureOptions,
  scale: number,
  root?: HTMLElement,
): Promise<string> {
  const fileName = exportFileName(state.dataset.name, figureId, state.filters, format);
  if (format === 'svg') {
    const figure = buildFigure(figureId, state, options, root);
    downloadBlob(new Blob([figure.svg], { type: 'image/svg+xml' }), fileName);
  } else {
    downloadBlob(await figurePng(figureId, state, options, scale, root), fileName);
  }
  return fileName;
}

/** Exports the filtered papers as CSV, interchange JSON or BibTeX; resolves with the file name. */
export function exportData(format: 'csv' | 'json' | 'bibtex', state: ExportState): string {
  const papers = visiblePapers(state);
  const { dataset } = state;
  const extension = format === 'bibtex' ? 'bib' : format;
  const fileName = exportFileName(dataset.name, 'papers', state.filters, extension);
  const clusterLabel = (id: number) =>
    state.view.clusterNames[id] ?? dataset.clusters.find((c) => c.id === id)?.label;
  const [text, type] =
    format === 'csv'
      ? [papersToCsv(papers, clusterLabel), 'text/csv']
      : format === 'json'
        ? [datasetToJson(subsetDataset(dataset, papers)), 'application/json']
        : [papersToBibtex(papers, dataset.papers, dataset.name), 'application/x-bibtex'];
  downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), fileName);
  return fileName;
}
