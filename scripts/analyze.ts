// Reads a paper list, runs the analysis pipeline and writes the interchange JSON.
// Usage: npm run analyze -- <input-file> [--out <file.json> [--split-abstracts]] [--seed <n>]
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readInput } from '../src/data/parse/read-input';
import { runPipeline } from '../src/data/pipeline';
import { companionFileName, splitDetails } from '../src/data/split-details';
import type { Dataset } from '../src/data/types';

const USAGE =
  'usage: npm run analyze -- <input-file> [--out <file.json> [--split-abstracts]] [--seed <n>]';

interface Args {
  input: string;
  out?: string;
  seed: number;
  /** Write the abstracts and details to a companion file beside `out` (for large lists). */
  split: boolean;
}

function parseArgs(argv: string[]): Args {
  let input: string | undefined;
  let out: string | undefined;
  let seed = 42;
  let split = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--out') out = argv[++i];
    else if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--split-abstracts') split = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (input === undefined) input = arg;
    else throw new Error(`only one input file is allowed\n${USAGE}`);
  }
  if (!input) throw new Error(`no input file given\n${USAGE}`);
  if (out === undefined && argv.includes('--out'))
    throw new Error(`--out needs a file name\n${USAGE}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer\n${USAGE}`);
  if (split && !out) throw new Error(`--split-abstracts needs --out\n${USAGE}`);
  return { input, seed, split, ...(out ? { out } : {}) };
}

function main(): void {
  const { input, out, seed, split } = parseArgs(process.argv.slice(2));
  let text: string;
  try {
    text = readFileSync(input, 'utf8');
  } catch {
    throw new Error(`cannot read ${input}`);
  }
  const parsed = readInput(text, basename(input));
  for (const w of parsed.warnings) {
    console.error(`warning: ${basename(input)}${w.line ? `, line ${w.line}` : ''}: ${w.message}`);
  }
  const started = performance.now();
  const result = runPipeline(parsed.papers, { seed });
  let dataset: Dataset = { name: parsed.name, ...result };
  if (out && split) {
    const companion = companionFileName(basename(out));
    const [written, entries] = splitDetails(dataset, companion);
    dataset = written;
    writeFileSync(join(dirname(out), companion), `${JSON.stringify(entries)}\n`);
    console.error(
      `wrote ${join(dirname(out), companion)}: the abstracts and details, one entry per paper`,
    );
  }
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (out) {
    writeFileSync(out, json);
    const ms = Math.round(performance.now() - started);
    console.error(
      `wrote ${out}: ${dataset.papers.length} papers, ${dataset.clusters.length} clusters (${ms} ms)`,
    );
  } else {
    process.stdout.write(json);
  }
}

try {
  main();
} catch (error) {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
