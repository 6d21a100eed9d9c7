// The seed list, read with the app's parser so these tests see exactly what the app sees.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRankedList } from '../../../src/data/parse/ranked-list.ts';
import type { Paper } from '../../../src/data/types.ts';

const SEED = fileURLToPath(new URL('../../../data/best-nlp-papers-2025.txt', import.meta.url));

/** The 100 seed papers. */
export function seedPapers(): Paper[] {
  return parseRankedList(readFileSync(SEED, 'utf8')).papers;
}
