import { useId, useState } from 'react';
import { FIELDS, type ColumnMapping, type FieldName } from '../../data/parse/columns';
import type { RecordTable } from '../../data/parse/records';

const LABELS: Record<FieldName, string> = {
  title: 'Title (required)',
  abstract: 'Abstract',
  citations: 'Citations',
  year: 'Year',
  authors: 'Authors',
  venue: 'Venue',
  url: 'URL or DOI',
  rank: 'Rank',
};
const PREVIEW_ROWS = 5;

/** The column-mapping step: which column feeds each field, with a preview of the first rows. */
export function ColumnMappingStep({
  table,
  initial,
  format,
  onContinue,
  onCancel,
}: {
  table: RecordTable;
  initial: ColumnMapping;
  format: string;
  onContinue: (mapping: ColumnMapping) => void;
  onCancel: () => void;
}) {
  const [mapping, setMapping] = useState<ColumnMapping>(initial);
  const id = useId();
  const shown = FIELDS.filter((f) => mapping[f] !== undefined);
  const clip = (text: string) => (text.length > 80 ? `${text.slice(0, 77)}…` : text);
  return (
    <form
      className="import-step"
      onSubmit={(event) => {
        event.preventDefault();
        onContinue(mapping);
      }}
    >
      <p>
        {table.rows.length.toLocaleString('en')} rows of {format} with {table.columns.length}{' '}
        columns. Choose which column holds each field; the guesses come from the header.
      </p>
      <div className="mapping-grid">
        {FIELDS.map((field) => (
          <label key={field} htmlFor={`${id}-${field}`}>
            <span>{LABELS[field]}</span>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(event) => {
                const next = { ...mapping };
                if (event.target.value) next[field] = event.target.value;
                else delete next[field];
                setMapping(next);
              }}
            >
              <option value="">— not imported —</option>
              {table.columns.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {/* Focusable so keyboard users can scroll a wide preview. */}
      <div
        className="preview-scroll"
        tabIndex={0}
        role="region"
        aria-label="Preview of the first rows"
      >
        <table className="import-preview">
          <caption>
            Preview of the first {Math.min(PREVIEW_ROWS, table.rows.length)} rows as they will be
            imported
          </caption>
          <thead>
            <tr>
              <th scope="col">{table.unit === 'line' ? 'Line' : 'Record'}</th>
              {shown.map((f) => (
                <th key={f} scope="col">
                  {LABELS[f].replace(' (required)', '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={i}>
                <td>{table.lines[i]}</td>
                {shown.map((f) => (
                  <td key={f}>{clip(row[mapping[f]!] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!mapping.title && (
        <p className="import-hint" role="status">
          Choose the column that holds the titles to continue.
        </p>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!mapping.title}>
          Continue
        </button>
      </div>
    </form>
  );
}
