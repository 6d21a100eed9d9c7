import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRankedList } from '../../src/data/parse/ranked-list';
import { runPipeline } from '../../src/data/pipeline';
import { validateDataset } from '../../src/data/schema';

const read = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

describe('the shipped built-in dataset', () => {
  it(
    'is exactly what the pipeline produces from the seed list (run `npm run data` after changing the analysis)',
    { timeout: 60_000 },
    () => {
      const parsed = parseRankedList(read('best-nlp-papers-2025.txt'));
      const expected = `${JSON.stringify({ name: parsed.name, ...runPipeline(parsed.papers, { seed: 42 }) }, null, 2)}\n`;
      expect(read('best-nlp-papers-2025.json') === expected).toBe(true);
    },
  );

  it('passes the interchange-format validation', () => {
    const dataset = validateDataset(JSON.parse(read('best-nlp-papers-2025.json')));
    expect(dataset.papers).toHaveLength(100);
    expect(dataset.themes.length).toBe(13);
  });
});
