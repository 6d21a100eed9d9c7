// Cold load: navigation to app:ready, total blocking time, heap after GC, DOM nodes.
import type { Browser } from 'playwright-core';
import { freshPage, heapAndNodes, openAndWaitReady, recorded } from './browser';
import { notAvailable, summarise, type MetricResult } from './stats';

/** Loads the app on a dataset `samples` times in fresh contexts, after one discarded warm-up. */
export async function coldLoad(
  browser: Browser,
  url: string,
  n: number,
  samples: number,
  timeoutMs: number,
): Promise<MetricResult[]> {
  const ready: number[] = [];
  const tbt: number[] = [];
  const heap: number[] = [];
  const nodes: number[] = [];
  const errors = new Set<string>();
  for (let i = 0; i <= samples; i++) {
    const { context, page, errors: pageErrors } = await freshPage(browser);
    try {
      const readyAt = await openAndWaitReady(page, url, timeoutMs);
      const { longTasks } = await recorded(page);
      const reading = await heapAndNodes(page);
      if (i === 0) continue; // warm-up: disk cache, code cache, lazy compilation
      ready.push(readyAt);
      // Total blocking time up to app:ready: each long task's time beyond 50 ms.
      tbt.push(
        longTasks
          .filter(([start]) => start < readyAt)
          .reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      );
      heap.push(reading.heapMB);
      nodes.push(reading.nodes);
    } catch (error) {
      errors.add(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    } finally {
      pageErrors.forEach((e) => errors.add(e));
      await context.close();
    }
  }
  if (errors.size > 0) console.error(`  N=${n} load: ${[...errors].slice(0, 3).join(' | ')}`);
  if (ready.length === 0) {
    const why = `n/a (no app:ready within ${timeoutMs / 1000} s)`;
    return ['load: navigation → app:ready', 'load: total blocking time'].map((m) =>
      notAvailable(n, m, 'ms', why),
    );
  }
  return [
    summarise(n, 'load: navigation → app:ready', 'ms', ready),
    summarise(n, 'load: total blocking time', 'ms', tbt),
    summarise(n, 'load: JS heap after GC', 'MB', heap),
    summarise(n, 'load: DOM nodes', 'count', nodes),
  ];
}
