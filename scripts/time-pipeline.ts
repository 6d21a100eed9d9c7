// Times the analysis pipeline per stage on the seed list and on seeded synthetic datasets.
// Usage: npx tsx scripts/time-pipeline.ts [sizes...] [--seed-list] [--random] [--repeat <n>]
//   --random also times a corpus of random made-up words at each size (an outlier-rate check).
//   e.g. npx tsx scripts/time-pipeline.ts 100 1000 10000
// Prints wall and CPU seconds per stage and the load average with every figure: on a shared
// machine the CPU time is the steadier measure and the load explains slow wall times.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseRankedList } from '../src/data/parse/ranked-list';
import { runPipeline } from '../src/data/pipeline';
import { mulberry32 } from '../src/data/random';
import { generateSyntheticDataset } from '../src/data/synthetic';
import type { Paper } from '../src/data/types';

function bare(papers: readonly Paper[]): Paper[] {
  // Only the input fields: the synthetic generator also fills in a fake analysis.
  return papers.map((p) => ({
    id: p.id,
    rank: p.rank,
    title: p.title,
    citations: p.citations,
    abstract: p.abstract,
    github: p.github,
    urls: p.urls,
  }));
}

function time(label: string, papers: readonly Paper[]): void {
  const stages: string[] = [];
  let start = 0;
  let cpu = process.cpuUsage();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = runPipeline(papers, {
    seed: 42,
    onProgress: (stage, f) => {
      if (f === 0) [start, cpu] = [performance.now(), process.cpuUsage()];
      else if (f === 1) {
        const used = process.cpuUsage(cpu);
        stages.push(
          `${stage} ${((performance.now() - start) / 1000).toFixed(2)} (cpu ${((used.user + used.system) / 1e6).toFixed(2)})`,
        );
      }
    },
  });
  const total = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  const cpuTotal = (used.user + used.system) / 1e6;
  const load = loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  const outliers = result.papers.filter((p) => p.outlier).length;
  console.log(
    `${label}: total ${total.toFixed(2)} s wall, ${cpuTotal.toFixed(2)} s cpu | ${stages.join(', ')} | ${result.clusters.length} clusters, ${outliers} outliers | load ${load}`,
  );
}

/** Papers of random made-up words drawn from 30 topics: no structure beyond word overlap. */
function randomWords(n: number): Paper[] {
  const rand = mulberry32(3);
  const syllables = [
    'ka',
    'lo',
    'mi',
    'ne',
    'ru',
    'ta',
    'shi',
    'vo',
    'pe',
    'zu',
    'ga',
    're',
    'to',
    'ba',
    'di',
  ];
  const vocab = Array.from({ length: 6000 }, (_, i) => {
    let w = '';
    for (let x = i + 7, k = 0; k < 3; k++, x = Math.floor(x / 15) + k * 3) w += syllables[x % 15];
    return `${w}x${i % 7}`;
  });
  const topics = Array.from({ length: 30 }, () =>
    Array.from({ length: 60 }, () => vocab[Math.floor(rand() * vocab.length)]!),
  );
  return Array.from({ length: n }, (_, i) => {
    const t = topics[Math.floor(rand() * topics.length)]!;
    const words = Array.from({ length: 150 }, () =>
      rand() < 0.5
        ? t[Math.floor(rand() ** 2 * t.length)]!
        : vocab[Math.floor(rand() ** 2 * vocab.length)]!,
    );
    return {
      id: String(i + 1),
      rank: i + 1,
      title: words.slice(0, 8).join(' '),
      citations: n - i,
      abstract: words.join(' '),
      github: null,
      urls: [],
    };
  });
}

const args = process.argv.slice(2);
const repeat = args.includes('--repeat') ? Number(args[args.indexOf('--repeat') + 1]) : 1;
const sizes = args.filter((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--repeat').map(Number);
if (args.includes('--seed-list') || sizes.length === 0) {
  const seed = parseRankedList(
    readFileSync(new URL('../data/best-nlp-papers-2025.txt', import.meta.url), 'utf8'),
  );
  for (let r = 0; r < Math.max(repeat, 3); r++)
    time(`seed list (${seed.papers.length})`, seed.papers);
}
for (const n of sizes) {
  const papers = bare(generateSyntheticDataset(n, { seed: 7 }).papers);
  for (let r = 0; r < repeat; r++) time(`synthetic ${n}`, papers);
  if (args.includes('--random')) time(`random words ${n}`, randomWords(n));
}
