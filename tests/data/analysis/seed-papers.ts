// A minimal reader of the seed list for these tests, independent of the app's parser.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Paper } from '../../../src/data/types.ts';

const SEED = fileURLToPath(new URL('../../../data/best-nlp-papers-2025.txt', import.meta.url));

/** Splits "N. Title / K citations / abstract" blocks of a ranked list into papers. */
export function splitRankedList(text: string): Paper[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const papers: Paper[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = /^(\d+)\.\s+(.+)$/.exec(lines[i]!);
    const cites = /^([\d\s,]+)\s+citations?$/i.exec(lines[i + 1] ?? '');
    if (!head || !cites) continue;
    const abstract = lines[i + 2] ?? '';
    const rank = Number(head[1]);
    papers.push({ id: String(rank), rank, title: head[2]!, citations: Number(cites[1]!.replace(/[\s,]/g, '')), abstract, github: null, urls: [] });
    i += 2;
  }
  return papers;
}

/** The 100 seed papers. */
export function seedPapers(): Paper[] {
  return splitRankedList(readFileSync(SEED, 'utf8'));
}
