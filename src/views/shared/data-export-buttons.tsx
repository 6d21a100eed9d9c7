import { useActions, useAppStoreApi } from '../../store/context';
import './export-menu.css';

const FORMATS = [
  ['csv', 'Export CSV'],
  ['json', 'Export JSON'],
  ['bibtex', 'Export BibTeX'],
] as const;

/** Downloads the papers that pass the filters as CSV, interchange JSON or BibTeX. */
export function DataExportButtons() {
  const store = useAppStoreApi();
  const { notify } = useActions();
  const run = async (format: (typeof FORMATS)[number][0]) => {
    // CSV and JSON carry the abstracts: an export before they arrive would silently lack them.
    if (format !== 'bibtex' && store.getState().detailsPending) {
      notify('The abstracts are still loading; export again in a moment to include them.');
      return;
    }
    try {
      const { exportData } = await import('../../export/run-export');
      exportData(format, store.getState());
    } catch (error) {
      notify(
        `Could not export the papers: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  return (
    <div
      className="export-menu"
      role="group"
      aria-label="Export the filtered papers"
      data-export-ignore=""
    >
      {FORMATS.map(([format, name]) => (
        <button
          key={format}
          type="button"
          className="export-button"
          onClick={() => void run(format)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
