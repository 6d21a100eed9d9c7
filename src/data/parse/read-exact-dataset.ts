import { firstDuplicateId, isExactDataset } from '../schema-fast';
import type { Dataset } from '../types';
import { MAX_INPUT_CHARS, MAX_PAPERS } from './detect';

/**
 * The fast way in for a file that is a dataset exactly as paperscope writes it (what `?data=`
 * links and the benchmark open): one JSON.parse and a check that copies nothing. It needs
 * neither zod nor the other formats' parsers, so the app can open such a file before that code
 * has even downloaded. Returns null for anything else (other formats, defaults to fill, unknown
 * keys, errors to word); `readInput` then decides, with the full messages.
 */
export function readExactDataset(text: string): Dataset | null {
  if (text.length > MAX_INPUT_CHARS || !/^\uFEFF?\s*\{/.test(text.slice(0, 1024))) return null;
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  if (!isExactDataset(value) || value.papers.length > MAX_PAPERS) return null;
  if (firstDuplicateId(value.papers) >= 0) return null;
  return value;
}
