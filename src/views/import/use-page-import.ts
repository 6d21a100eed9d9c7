import { useEffect } from 'react';

/** Exported figures dropped on the page restore a view (another handler); they are not data. */
const isFigure = (file: File) =>
  /\.(png|svg)$/i.test(file.name) || file.type === 'image/png' || file.type === 'image/svg+xml';

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Files dropped anywhere on the page, and lists pasted while no text field has focus, start an
 * import. `onDragging` tells when files are being dragged over the page (for a drop hint).
 */
export function usePageImport(
  onFile: (file: File) => void,
  onText: (text: string) => void,
  onDragging: (on: boolean) => void,
) {
  useEffect(() => {
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth++;
      onDragging(true);
    };
    const onDragLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) onDragging(false);
    };
    const onDragOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      onDragging(false);
      const file = event.dataTransfer?.files[0];
      if (!file || isFigure(file)) return;
      event.preventDefault();
      onFile(file);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isEditable(event.target) || document.querySelector('dialog[open]')) return;
      const file = event.clipboardData?.files[0];
      if (file && !isFigure(file)) {
        event.preventDefault();
        onFile(file);
        return;
      }
      const text = event.clipboardData?.getData('text/plain') ?? '';
      // A single word pasted by mistake is not a paper list.
      if (text.trim().split('\n').length < 2) return;
      event.preventDefault();
      onText(text);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    document.addEventListener('paste', onPaste);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
      document.removeEventListener('paste', onPaste);
    };
  }, [onFile, onText, onDragging]);
}
