import { insertTextChunk } from './png-text';

/** The PNG tEXt keyword under which exported images carry their view state. */
export const VIEW_KEYWORD = 'paperscope:view';

/** Draws an SVG document onto a canvas `scale` times its CSS size. */
export async function svgToCanvas(
  svg: string,
  width: number,
  height: number,
  scale: number,
): Promise<HTMLCanvasElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** A canvas encoded as PNG, with the view state in a tEXt chunk. */
export async function canvasToPng(canvas: HTMLCanvasElement, viewQuery: string): Promise<Blob> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('the browser could not encode the PNG');
  const bytes = insertTextChunk(new Uint8Array(await blob.arrayBuffer()), VIEW_KEYWORD, viewQuery);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'image/png' });
}

/** Rasterises an SVG document to a PNG `scale` times its size, view state embedded. */
export async function rasterize(
  svg: string,
  width: number,
  height: number,
  scale: number,
  viewQuery: string,
): Promise<Blob> {
  const t0 = performance.now();
  const canvas = await svgToCanvas(svg, width, height, scale);
  const t1 = performance.now();
  performance.measure('export:draw', { start: t0, end: t1 });
  const png = await canvasToPng(canvas, viewQuery);
  performance.measure('export:encode', { start: t1 });
  return png;
}
