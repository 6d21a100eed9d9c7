import { useEffect, useId, useRef, useState } from 'react';
import { useActions, useAppStoreApi } from '../../store/context';
import { getFigure } from '../../export/registry';
import { setExportSettings, useExportSettings, type ExportSettings } from './export-settings';
import './export-menu.css';

// The export code is loaded on the first click, keeping it out of the initial bundle.
const loadExport = () => import('../../export/run-export');

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * "Export PNG" and "Export SVG" for one figure (a registered chart id, or "dashboard"), plus
 * options: Copy image, scale, appearance and background.
 */
export function ExportMenu({
  figureId,
  label,
}: {
  figureId: string | readonly string[];
  label: string;
}) {
  const store = useAppStoreApi();
  const { notify } = useActions();
  const settings = useExportSettings();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const busy = useRef(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  // Of several ids (a region's tabs), the chart on screen is the one registered.
  const target = () =>
    typeof figureId === 'string'
      ? figureId
      : (figureId.find((id) => getFigure(id)) ?? figureId[0]!);
  const appRoot = () => (rootRef.current?.closest('.app') as HTMLElement | null) ?? undefined;

  const run = async (format: 'png' | 'svg') => {
    if (busy.current) return;
    busy.current = true;
    setStatus('');
    try {
      const { exportFigure } = await loadExport();
      const { scale, appearance, background } = settings;
      const name = await exportFigure(
        target(),
        format,
        store.getState(),
        { appearance, background },
        scale,
        appRoot(),
      );
      setStatus(`Saved ${name}`);
    } catch (error) {
      notify(`Could not export the ${label}: ${message(error)}`);
    } finally {
      busy.current = false;
    }
  };

  const copy = () => {
    if (typeof ClipboardItem === 'undefined' || typeof navigator.clipboard?.write !== 'function') {
      notify(
        'This browser does not allow copying images to the clipboard; use “Export PNG” instead.',
      );
      return;
    }
    const { scale, appearance, background } = settings;
    const state = store.getState();
    const root = appRoot();
    // The ClipboardItem is made inside the click (some browsers require it) with the PNG to come.
    const png = loadExport().then((m) =>
      m.figurePng(target(), state, { appearance, background }, scale, root),
    );
    navigator.clipboard
      .write([new ClipboardItem({ 'image/png': png })])
      .then(() => setStatus('Image copied to the clipboard'))
      .catch((error: unknown) =>
        notify(`Could not copy the image (${message(error)}); use “Export PNG” instead.`),
      );
  };

  return (
    <div
      className="export-menu"
      ref={rootRef}
      role="group"
      aria-label={`Export the ${label}`}
      data-export-ignore=""
    >
      <button type="button" className="export-button" onClick={() => void run('png')}>
        Export PNG
      </button>
      <button type="button" className="export-button" onClick={() => void run('svg')}>
        Export SVG
      </button>
      <button
        type="button"
        ref={toggleRef}
        className="export-button export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">Export options</span>
      </button>
      <span className="visually-hidden" role="status">
        {status}
      </span>
      <div
        id={panelId}
        className="export-options"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            setOpen(false);
            toggleRef.current?.focus();
          }
        }}
      >
        <button type="button" className="export-button" onClick={copy}>
          Copy image
        </button>
        <label>
          Scale{' '}
          <select
            name="export-scale"
            value={settings.scale}
            onChange={(e) =>
              setExportSettings({ scale: Number(e.target.value) as ExportSettings['scale'] })
            }
          >
            <option value={1}>1×</option>
            <option value={2}>2×</option>
            <option value={3}>3×</option>
          </select>
        </label>
        <label>
          Appearance{' '}
          <select
            name="export-appearance"
            value={settings.appearance}
            onChange={(e) =>
              setExportSettings({ appearance: e.target.value as ExportSettings['appearance'] })
            }
          >
            <option value="current">As shown</option>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
          </select>
        </label>
        <label>
          Background{' '}
          <select
            name="export-background"
            value={settings.background}
            onChange={(e) =>
              setExportSettings({ background: e.target.value as ExportSettings['background'] })
            }
          >
            <option value="solid">Solid</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
      </div>
    </div>
  );
}
