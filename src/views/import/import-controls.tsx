import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../../data/types';
import { AnalysisProgressStep } from './analysis-progress';
import { ImportDialog } from './import-dialog';
import { usePageImport } from './use-page-import';
import { hasAnalysis, useImportFlow } from './use-import-flow';
import './import.css';

const ACCEPT =
  '.csv,.tsv,.tab,.json,.bib,.bibtex,.txt,text/plain,text/csv,text/tab-separated-values,application/json,application/x-bibtex';

/**
 * The header's import controls: "Import file…" (a file picker), "Paste list…", drop anywhere on
 * the page, and the analysis progress. `onImported` receives the analysed dataset; `analyse` is a
 * dataset opened without analysis (e.g. from `?data=`) to analyse in the worker once.
 */
export function ImportControls({
  onImported,
  analyse,
}: {
  onImported: (dataset: Dataset) => void;
  analyse?: Dataset | null;
}) {
  const flow = useImportFlow(onImported);
  const [dragging, setDragging] = useState(false);
  const { readText, readFile } = flow;
  const onText = useCallback((text: string) => void readText(text, 'pasted text'), [readText]);
  const onFile = useCallback((file: File) => void readFile(file), [readFile]);
  usePageImport(onFile, onText, setDragging);

  const started = useRef(new WeakSet<Dataset>());
  const { analyse: runAnalysis } = flow;
  useEffect(() => {
    if (!analyse || hasAnalysis(analyse) || started.current.has(analyse)) return;
    started.current.add(analyse);
    void runAnalysis(analyse.name, analyse.papers);
  }, [analyse, runAnalysis]);

  return (
    <div className="import-controls">
      <label className="import-file">
        Import file…
        <input
          type="file"
          name="import-file"
          className="visually-hidden"
          accept={ACCEPT}
          aria-label="Import a paper list file (CSV, TSV, JSON, BibTeX or ranked-list text)"
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) reads it again.
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
      </label>
      <button type="button" className="import-paste" onClick={flow.openPaste}>
        Paste list…
      </button>
      <ImportDialog flow={flow} />
      {flow.state.step === 'analysing' && (
        <AnalysisProgressStep
          name={flow.state.name}
          count={flow.state.count}
          progress={flow.state.progress}
          onCancel={flow.cancel}
        />
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          Drop a paper list (CSV, TSV, JSON, BibTeX or text) to import it
        </div>
      )}
    </div>
  );
}
