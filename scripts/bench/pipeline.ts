// The analysis pipeline's time in Node on synthetic papers stripped of their analysis.
import { generateSyntheticDataset } from '../../src/data/synthetic';
import type { Paper } from '../../src/data/types';
import { notAvailable, summarise, type MetricResult } from './stats';

type RunPipeline = (papers: readonly Paper[], options: { seed?: number }) => unknown;

/** Times `runPipeline(papers, { seed })` at each size (`samples` runs each, after no warm-up at large N). */
export async function pipelineTimes(sizes: readonly [number, number][]): Promise<MetricResult[]> {
  let runPipeline: RunPipeline;
  try {
    ({ runPipeline } = (await import('../../src/data/pipeline')) as { runPipeline: RunPipeline });
  } catch (error) {
    const why = `n/a (no pipeline: ${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
    return sizes.map(([n]) => notAvailable(n, 'analysis: runPipeline in Node', 'ms', why));
  }
  const results: MetricResult[] = [];
  for (const [n, samples] of sizes) {
    // The raw input a user would give: no themes, clusters, layout or neighbours.
    const papers: Paper[] = generateSyntheticDataset(n, { seed: 7 }).papers.map(
      ({ id, rank, title, citations, abstract, github, urls }) => ({
        id,
        rank,
        title,
        citations,
        abstract,
        github,
        urls,
      }),
    );
    const times: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = performance.now();
      runPipeline(papers, { seed: 42 });
      times.push(performance.now() - started);
    }
    results.push(summarise(n, 'analysis: runPipeline in Node', 'ms', times));
    console.error(`  N=${n} runPipeline: ${Math.round(times[0]!)} ms`);
  }
  return results;
}
