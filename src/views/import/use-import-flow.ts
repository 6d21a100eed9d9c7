import { useCallback, useRef, useState } from 'react';
import type { InputFormat } from '../../data/parse/detect';
import type { InputResult } from '../../data/parse/read-input';
import type { ColumnMapping, RecordTable } from '../../data/parse/records';
import type { Dataset } from '../../data/types';
import type { AnalysisJob, AnalysisProgress } from '../../workers/analysis-client';
import { decodeBytes, MAX_FILE_BYTES } from './decode';

/** Where the import flow is: each step is one screen of the import dialog. */
export type ImportStep =
  | { step: 'closed' }
  | { step: 'paste' }
  | { step: 'reading'; source: string }
  | { step: 'error'; source: string; message: string }
  | {
      step: 'map';
      source: string;
      format: InputFormat;
      name: string;
      table: RecordTable;
      mapping: ColumnMapping;
      notes: string[];
    }
  | { step: 'review'; source: string; format: InputFormat; result: InputResult; notes: string[] }
  | { step: 'analysing'; name: string; count: number; progress: AnalysisProgress };

/** True when every paper carries the pipeline's output (a layout and a cluster). */
export function hasAnalysis(dataset: Pick<Dataset, 'papers'>): boolean {
  return (
    dataset.papers.length > 0 &&
    dataset.papers.every((p) => p.x !== undefined && p.y !== undefined && p.cluster !== undefined)
  );
}

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The import flow: read (file or text) -> map columns (tabular formats) -> review the validation
 * report -> analyse in a worker -> hand the dataset to `onDone`. Nothing reaches the store before
 * the user confirms, so a failed or cancelled import leaves the current dataset as it was.
 */
export function useImportFlow(onDone: (dataset: Dataset) => void) {
  const [state, setState] = useState<ImportStep>({ step: 'closed' });
  const job = useRef<AnalysisJob | null>(null);
  // Each read gets a ticket, so a slow read that was cancelled cannot reopen the dialog later.
  const ticket = useRef(0);

  const stopJob = () => {
    job.current?.cancel();
    job.current = null;
  };

  const readText = useCallback(async (text: string, source: string, notes: string[] = []) => {
    stopJob();
    const mine = ++ticket.current;
    setState({ step: 'reading', source });
    try {
      const { stageInput } = await import('../../data/parse/read-input');
      const staged = stageInput(text, source);
      if (ticket.current !== mine) return;
      if (staged.kind === 'table')
        setState({
          step: 'map',
          source,
          format: staged.format,
          name: staged.name,
          table: staged.table,
          mapping: staged.mapping,
          notes,
        });
      else
        setState({ step: 'review', source, format: staged.format, result: staged.result, notes });
    } catch (error) {
      if (ticket.current === mine)
        setState({ step: 'error', source, message: describeError(error) });
    }
  }, []);

  const readFile = useCallback(
    async (file: File) => {
      if (file.size > MAX_FILE_BYTES) {
        const mb = (file.size / 1024 / 1024).toFixed(0);
        setState({
          step: 'error',
          source: file.name,
          message: `${file.name} is ${mb} MB; paperscope reads files of up to 100 MB (or 100,000 papers).`,
        });
        return;
      }
      stopJob();
      const mine = ++ticket.current;
      setState({ step: 'reading', source: file.name });
      let decoded;
      try {
        decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
      } catch (error) {
        if (ticket.current === mine)
          setState({
            step: 'error',
            source: file.name,
            message: `${file.name}: could not be read (${describeError(error)})`,
          });
        return;
      }
      if (ticket.current === mine)
        await readText(decoded.text, file.name, decoded.note ? [decoded.note] : []);
    },
    [readText],
  );

  const applyMapping = useCallback(
    async (mapping: ColumnMapping) => {
      if (state.step !== 'map') return;
      try {
        const { tableToPapers } = await import('../../data/parse/records');
        const result = tableToPapers(state.table, mapping, state.name, state.source);
        setState({
          step: 'review',
          source: state.source,
          format: state.format,
          result,
          notes: state.notes,
        });
      } catch (error) {
        setState({ step: 'error', source: state.source, message: describeError(error) });
      }
    },
    [state],
  );

  /** Analyses papers in the worker, then hands over the dataset; used by review and by `?data=`. */
  const analyse = useCallback(
    async (name: string, papers: Dataset['papers']) => {
      const { startAnalysis, AnalysisCancelled } = await import('../../workers/analysis-client');
      const progress = (p: AnalysisProgress) =>
        setState({ step: 'analysing', name, count: papers.length, progress: p });
      progress({ stage: 'starting', fraction: 0 });
      const running = startAnalysis(papers, { seed: 42, onProgress: progress });
      job.current = running;
      try {
        const result = await running.result;
        if (job.current !== running) return;
        job.current = null;
        setState({ step: 'closed' });
        onDone({ name, papers: result.papers, themes: result.themes, clusters: result.clusters });
      } catch (error) {
        if (job.current === running) job.current = null;
        if (!(error instanceof AnalysisCancelled))
          setState({ step: 'error', source: name, message: describeError(error) });
      }
    },
    [onDone],
  );

  const confirm = useCallback(() => {
    if (state.step !== 'review') return;
    const { result } = state;
    if (result.dataset && hasAnalysis(result.dataset)) {
      setState({ step: 'closed' });
      // A companion file cannot be reached from a file on disk (the review says so):
      // without the key, the app does not wait for it.
      const dataset = { ...result.dataset };
      delete dataset.abstracts;
      onDone(dataset);
    } else void analyse(result.name, result.papers);
  }, [state, analyse, onDone]);

  const cancel = useCallback(() => {
    ticket.current++;
    stopJob();
    setState({ step: 'closed' });
  }, []);

  const openPaste = useCallback(() => {
    stopJob();
    setState({ step: 'paste' });
  }, []);

  return { state, readFile, readText, applyMapping, confirm, cancel, analyse, openPaste };
}

/** The flow's API as components receive it. */
export type ImportFlow = ReturnType<typeof useImportFlow>;
