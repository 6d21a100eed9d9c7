import { decodeViewState, type ViewState } from '../store/view-state';
import { isPng, readTextChunk } from './png-text';
import { VIEW_KEYWORD } from './rasterize';
import { VIEW_NS } from './serialize-svg';

/** The view-state query string embedded in an exported PNG or SVG file, or null if it has none. */
export async function readViewQueryFromFile(
  file: Blob & { name?: string },
): Promise<string | null> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (isPng(bytes)) return readTextChunk(bytes, VIEW_KEYWORD);
  const looksSvg = file.type === 'image/svg+xml' || /\.svg$/i.test(file.name ?? '');
  if (!looksSvg || typeof DOMParser === 'undefined') return null;
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return null;
  const node = doc.getElementsByTagNameNS(VIEW_NS, 'view')[0];
  return node ? (node.textContent ?? '') : null;
}

/** The view state an exported PNG or SVG shows, or null for any other file. */
export async function readViewStateFromFile(
  file: Blob & { name?: string },
): Promise<ViewState | null> {
  const query = await readViewQueryFromFile(file);
  return query === null ? null : decodeViewState(query).state;
}
