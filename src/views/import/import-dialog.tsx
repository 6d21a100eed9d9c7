import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ColumnMappingStep } from './column-mapping';
import { FORMAT_LABELS } from '../../data/parse/detect';
import type { ImportFlow } from './use-import-flow';
import { ValidationReport } from './validation-report';

/** A modal `<dialog>`: focus moves in on open and back to where it was on close; Escape cancels. */
function Modal({
  title,
  onCancel,
  children,
}: {
  title: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      // jsdom has no showModal; a plain open dialog is enough there.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="import-dialog"
      aria-labelledby={id}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </dialog>
  );
}

function PasteStep({ onRead, onCancel }: { onRead: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <form
      className="import-step"
      onSubmit={(event) => {
        event.preventDefault();
        onRead(text);
      }}
    >
      <label htmlFor={id}>Paste a paper list (CSV, TSV, JSON, BibTeX or a ranked list)</label>
      <textarea
        id={id}
        rows={12}
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoFocus
        spellCheck={false}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={text.trim() === ''}>
          Read pasted text
        </button>
      </div>
    </form>
  );
}

/** The import dialog's screens; the analysis progress is shown outside it (the page stays usable). */
export function ImportDialog({ flow }: { flow: ImportFlow }) {
  const { state } = flow;
  switch (state.step) {
    case 'closed':
    case 'analysing':
      return null;
    case 'paste':
      return (
        <Modal title="Paste a paper list" onCancel={flow.cancel}>
          <PasteStep
            onRead={(text) => void flow.readText(text, 'pasted text')}
            onCancel={flow.cancel}
          />
        </Modal>
      );
    case 'reading':
      return (
        <Modal title="Import a paper list" onCancel={flow.cancel}>
          <p role="status">Reading {state.source}…</p>
          <div className="dialog-buttons">
            <button type="button" onClick={flow.cancel} autoFocus>
              Cancel
            </button>
          </div>
        </Modal>
      );
    case 'error':
      return (
        <Modal title="This list cannot be imported" onCancel={flow.cancel}>
          <p role="alert" className="import-error">
            {state.message}
          </p>
          <p>The current dataset is unchanged.</p>
          <div className="dialog-buttons">
            <button type="button" onClick={flow.openPaste}>
              Paste a list instead
            </button>
            <button type="button" className="primary" onClick={flow.cancel} autoFocus>
              Close
            </button>
          </div>
        </Modal>
      );
    case 'map':
      return (
        <Modal title={`Map the columns of ${state.source}`} onCancel={flow.cancel}>
          <ColumnMappingStep
            table={state.table}
            initial={state.mapping}
            format={FORMAT_LABELS[state.format]}
            onContinue={(m) => void flow.applyMapping(m)}
            onCancel={flow.cancel}
          />
        </Modal>
      );
    case 'review':
      return (
        <Modal title="Check the import" onCancel={flow.cancel}>
          <ValidationReport
            source={state.source}
            format={state.format}
            result={state.result}
            notes={state.notes}
            onConfirm={flow.confirm}
            onCancel={flow.cancel}
          />
        </Modal>
      );
  }
}
