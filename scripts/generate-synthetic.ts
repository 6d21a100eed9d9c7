// Writes seeded synthetic datasets (interchange JSON, analysis included) for the benchmark.
// Usage: npm run bench:data -- [--sizes 100,1000,10000] [--out bench/data] [--seed 1] [--force]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { generateSyntheticDataset } from '../src/data/synthetic';
import { validateDataset } from '../src/data/schema';
import { readCompanionFile } from '../src/data/parse/companion-file';
import { companionFileName, splitDetails } from '../src/data/split-details';

/** Bumped when the generator's output changes, so cached files are not reused. */
export const GENERATOR_VERSION = 6;

/**
 * From this size on, a dataset keeps its abstracts, theme evidence and similar papers in a
 * companion file, as large datasets are meant to ship (docs/data-format.md): the app opens it
 * without them and reads them after its first paint.
 */
export const SPLIT_FROM = 10_000;

/** The file a dataset of `n` papers is written to. */
export function syntheticPath(dir: string, n: number, seed: number): string {
  return join(dir, `synthetic-${n}-s${seed}-v${GENERATOR_VERSION}.json`);
}

/** The files of one synthetic dataset. */
export interface SyntheticFiles {
  /** The dataset file (what `?data=` names). */
  dataset: string;
  /** Every file to serve for it: the dataset and, when split, its companion file. */
  files: string[];
}

/** Generates (or reuses) the datasets; returns their files by size. */
export function ensureSyntheticData(
  sizes: readonly number[],
  dir: string,
  seed: number,
  force = false,
): Map<number, SyntheticFiles> {
  mkdirSync(dir, { recursive: true });
  const result = new Map<number, SyntheticFiles>();
  for (const n of sizes) {
    const path = syntheticPath(dir, n, seed);
    const companion = n >= SPLIT_FROM ? companionFileName(path) : null;
    const files = companion ? [path, companion] : [path];
    result.set(n, { dataset: path, files });
    if (files.every((f) => existsSync(f)) && !force) continue;
    const started = performance.now();
    let dataset = generateSyntheticDataset(n, { seed });
    let companionJson: string | null = null;
    if (companion) {
      const [written, entries] = splitDetails(dataset, basename(companion));
      dataset = written;
      companionJson = JSON.stringify(entries);
    }
    // The benchmark must measure valid input: check it as the app will.
    const json = JSON.stringify(dataset);
    validateDataset(JSON.parse(json), path);
    if (companion && companionJson !== null) {
      readCompanionFile(companionJson, basename(companion), n);
      writeFileSync(companion, companionJson);
    }
    writeFileSync(path, json);
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const companionNote =
      companionJson === null
        ? ''
        : ` + ${mb(Buffer.byteLength(companionJson))} MB of abstracts and details`;
    console.error(
      `wrote ${path}: ${n} papers, ${mb(Buffer.byteLength(json))} MB${companionNote} (${Math.round(performance.now() - started)} ms)`,
    );
  }
  return result;
}

function main(): void {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizes = (arg('--sizes') ?? '100,1000,10000,50000,100000').split(',').map(Number);
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error('--sizes takes positive integers, e.g. 100,1000');
  const seed = Number(arg('--seed') ?? 1);
  ensureSyntheticData(sizes, arg('--out') ?? 'bench/data', seed, argv.includes('--force'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
