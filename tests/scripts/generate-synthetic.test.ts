import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCompanionFile } from '../../src/data/parse/companion-file';
import { readExactDataset } from '../../src/data/parse/read-exact-dataset';
import { ensureSyntheticData, SPLIT_FROM } from '../../scripts/generate-synthetic';

const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ensureSyntheticData', () => {
  it(
    'ensureSyntheticData(sizes, dir, seed) splits the abstracts and details of N >= 10,000 into a companion file',
    { timeout: 30_000 },
    () => {
      const n = SPLIT_FROM;
      const files = ensureSyntheticData([100, n], dir, 1);
      const small = files.get(100)!;
      expect(small.files).toEqual([small.dataset]);
      expect(readExactDataset(readFileSync(small.dataset, 'utf8'))?.abstracts).toBeUndefined();

      const large = files.get(n)!;
      expect(large.files).toEqual([
        large.dataset,
        large.dataset.replace(/\.json$/, '.abstracts.json'),
      ]);
      // The fast exact path opens it (what the benchmark measures), its abstracts left empty.
      const dataset = readExactDataset(readFileSync(large.dataset, 'utf8'));
      expect(dataset?.abstracts).toBe(basename(large.files[1]!));
      expect(
        dataset?.papers.every((p) => p.abstract === '' && !p.similar && !p.themeEvidence),
      ).toBe(true);
      const details = readCompanionFile(readFileSync(large.files[1]!, 'utf8'), 'companion', n);
      expect(details.every((d) => d.abstract!.length > 0 && d.similar!.length > 0)).toBe(true);
      expect(details.some((d) => d.themeEvidence && Object.keys(d.themeEvidence).length > 0)).toBe(
        true,
      );
    },
  );
});
