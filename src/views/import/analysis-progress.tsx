import { useId } from 'react';
import type { AnalysisProgress } from '../../workers/analysis-client';

const STAGE_LABELS: Record<string, string> = {
  starting: 'Starting',
  tokenising: 'Reading the words',
  themes: 'Matching themes',
  vectors: 'Weighting terms',
  similar: 'Finding similar papers',
  layout: 'Laying out the map',
  clusters: 'Finding topic clusters',
  outliers: 'Finding outliers',
  finishing: 'Opening the result',
};

/** The analysis progress bar: stage and percent, with Cancel (which stops the worker). */
export function AnalysisProgressStep({
  name,
  count,
  progress,
  onCancel,
}: {
  name: string;
  count: number;
  progress: AnalysisProgress;
  onCancel: () => void;
}) {
  const id = useId();
  const percent = Math.round(progress.fraction * 100);
  const stage = STAGE_LABELS[progress.stage] ?? progress.stage;
  return (
    <div className="import-progress" role="group" aria-label="Import progress">
      <p>
        Analysing {count.toLocaleString('en')} papers of <strong>{name}</strong>. You can keep using
        the current dataset until this finishes.
      </p>
      <label htmlFor={id} className="progress-label">
        {stage}: {percent}%
      </label>
      <progress id={id} max={100} value={percent} aria-valuetext={`${stage}, ${percent}%`} />
      <div className="progress-buttons">
        <button type="button" onClick={onCancel}>
          Cancel analysis
        </button>
      </div>
    </div>
  );
}
