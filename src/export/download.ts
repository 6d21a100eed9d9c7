/** Saves a blob under `fileName` through a temporary link, then frees the object URL. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a delay keeps slow browsers safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** True when this browser can put an image on the clipboard. */
export function canCopyImage(): boolean {
  return typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';
}

/** Puts a PNG (which may still be in the making) on the clipboard. */
export async function copyPng(png: Promise<Blob>): Promise<void> {
  // Safari wants the ClipboardItem created synchronously in the click, with a promise inside.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
