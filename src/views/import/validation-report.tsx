import { FORMAT_LABELS, type InputFormat } from '../../data/parse/detect';
import type { InputResult } from '../../data/parse/read-input';
import type { ValidationWarning } from '../../data/types';

const SHOWN = 200;
const fmt = (n: number) => n.toLocaleString('en');

/** Counts of each kind of problem, for the report's summary. */
export function summarise(
  warnings: readonly ValidationWarning[],
): Record<ValidationWarning['kind'], number> & { noCitations: number; noAbstract: number } {
  const counts = {
    duplicate: 0,
    'missing-field': 0,
    skipped: 0,
    'rank-order': 0,
    'citation-order': 0,
    other: 0,
    noCitations: 0,
    noAbstract: 0,
  };
  for (const w of warnings) {
    counts[w.kind]++;
    if (w.kind === 'missing-field' && /citation/.test(w.message)) counts.noCitations++;
    if (w.kind === 'missing-field' && /abstract/.test(w.message)) counts.noAbstract++;
  }
  return counts;
}

/** The validation report: what will be imported and what was skipped or looks wrong, then confirm. */
export function ValidationReport({
  source,
  format,
  result,
  notes,
  onConfirm,
  onCancel,
}: {
  source: string;
  format: InputFormat;
  result: InputResult;
  notes: readonly string[];
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const counts = summarise(result.warnings);
  const analysed =
    result.dataset !== undefined &&
    result.papers.every((p) => p.x !== undefined && p.cluster !== undefined);
  const facts: [string, number][] = [
    ['papers to import', result.papers.length],
    ['skipped', counts.skipped],
    ['duplicates', counts.duplicate],
    ['without a citation count (counted as 0)', counts.noCitations],
    ['without an abstract', counts.noAbstract],
    ['other warnings', counts.other + counts['rank-order'] + counts['citation-order']],
  ];
  return (
    <div className="import-step">
      <p>
        <strong>{result.name}</strong> from {source} ({FORMAT_LABELS[format]}).{' '}
        {analysed ? 'It already carries its analysis.' : 'The analysis runs after you confirm.'}
      </p>
      {notes.map((note) => (
        <p key={note} className="import-hint">
          {note}
        </p>
      ))}
      <dl className="report-counts">
        {facts.map(([label, n]) => (
          <div key={label} className={n > 0 && label !== 'papers to import' ? 'has-problems' : ''}>
            <dt>{label}</dt>
            <dd>{fmt(n)}</dd>
          </div>
        ))}
      </dl>
      {result.warnings.length > 0 && (
        <details className="report-problems" open={result.warnings.length <= 20}>
          <summary>
            {fmt(result.warnings.length)} {result.warnings.length === 1 ? 'problem' : 'problems'}{' '}
            found
            {result.warnings.length > SHOWN ? ` (first ${SHOWN} listed)` : ''}
          </summary>
          <ul>
            {result.warnings.slice(0, SHOWN).map((w, i) => (
              <li key={i}>
                {w.line !== undefined && !/^(line|record) \d/.test(w.message)
                  ? `Line ${w.line}: ${w.message}`
                  : w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm} autoFocus>
          Import {fmt(result.papers.length)} papers
        </button>
      </div>
    </div>
  );
}
