import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { readCompanionFile } from '../../src/data/parse/companion-file';
import type { Dataset } from '../../src/data/types';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

function analyze(...args: string[]) {
  return run(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/analyze.ts'), ...args],
    { cwd: root },
  );
}

describe('npm run analyze', () => {
  it('writes the seed as interchange JSON with exact ranks, titles, citations and code links', async () => {
    const out = join(dir, 'seed.json');
    await analyze('data/best-nlp-papers-2025.txt', '--out', out);
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    expect(dataset.name).toBe('The best NLP papers of 2025');
    expect(dataset.papers).toHaveLength(100);
    expect(dataset.papers[0]).toMatchObject({ rank: 1, citations: 2967, github: null });
    expect(dataset.papers[2]).toMatchObject({
      title: 's1: Simple test-time scaling',
      citations: 529,
      github: 'https://github.com/simplescaling/s1',
    });
    expect(dataset.papers.every((p) => Array.isArray(p.themes) && typeof p.x === 'number')).toBe(
      true,
    );
  }, 60_000);

  it('--split-abstracts writes the abstracts and details to a companion file that the dataset names', async () => {
    const out = join(dir, 'split.json');
    await analyze('data/best-nlp-papers-2025.txt', '--out', out, '--split-abstracts');
    const dataset = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    const text = readFileSync(join(dir, 'split.abstracts.json'), 'utf8');
    const details = readCompanionFile(text, 'split.abstracts.json', dataset.papers.length);
    expect(dataset.abstracts).toBe('split.abstracts.json');
    expect(dataset.papers.every((p) => p.abstract === '' && !p.similar && !p.themeEvidence)).toBe(
      true,
    );
    expect(details).toHaveLength(100);
    expect(details[2]!.abstract).toMatch(/^Test-time scaling is a promising new approach/);
    expect(details[2]!.similar).toHaveLength(5);
    await expect(analyze('data/best-nlp-papers-2025.txt', '--split-abstracts')).rejects.toThrow(
      '--split-abstracts needs --out',
    );
  }, 60_000);

  it('fails with the file, the line and what was expected on a truncated file', async () => {
    const bad = join(dir, 'truncated.txt');
    writeFileSync(bad, 'My list\n\n1. A\n\n5 citations\n\nAbstract.\n\n2. B\n');
    const failure = await analyze(bad, '--out', join(dir, 'never.json')).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /^error: truncated\.txt, line 9: the file ends after the title of entry 2/,
    );
  }, 60_000);

  it('explains its usage when the input is missing', async () => {
    const failure = await analyze().catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(
      /no input file given\nusage: npm run analyze/,
    );
  }, 60_000);
});
