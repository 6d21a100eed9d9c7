// Writes seeded synthetic datasets (interchange JSON, analysis included) for the benchmark.
// Usage: npm run bench:data -- [--sizes 100,1000,10000] [--out bench/data] [--seed 1] [--force]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSyntheticDataset } from '../src/data/synthetic';
import { validateDataset } from '../src/data/schema';

/** Bumped when the generator's output changes, so cached files are not reused. */
export const GENERATOR_VERSION = 4;

/** The file a dataset of `n` papers is written to. */
export function syntheticPath(dir: string, n: number, seed: number): string {
  return join(dir, `synthetic-${n}-s${seed}-v${GENERATOR_VERSION}.json`);
}

/** Generates (or reuses) the datasets; returns their paths by size. */
export function ensureSyntheticData(
  sizes: readonly number[],
  dir: string,
  seed: number,
  force = false,
): Map<number, string> {
  mkdirSync(dir, { recursive: true });
  const paths = new Map<number, string>();
  for (const n of sizes) {
    const path = syntheticPath(dir, n, seed);
    paths.set(n, path);
    if (existsSync(path) && !force) continue;
    const started = performance.now();
    const dataset = generateSyntheticDataset(n, { seed });
    // The benchmark must measure valid input: check it as the app will.
    const json = JSON.stringify(dataset);
    validateDataset(JSON.parse(json), path);
    writeFileSync(path, json);
    const mb = (Buffer.byteLength(json) / 1e6).toFixed(1);
    console.error(
      `wrote ${path}: ${n} papers, ${mb} MB (${Math.round(performance.now() - started)} ms)`,
    );
  }
  return paths;
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
