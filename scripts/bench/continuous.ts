// Continuous input: histogram brush drags, map wheel zoom, table scroll. Measures animation-frame
// intervals while the input runs, input → settled, and long animation frames.
import type { Page } from 'playwright-core';
import { pageNow, recorded, settledMarks, startFrames, stopFrames } from './browser';
import { notAvailable, summarise, type MetricResult } from './stats';

/** ~60 Hz input: each move or wheel step waits this long (plus the driver's own latency). */
const STEP_MS = 14;

const overBudget = (intervals: number[], limit: number) =>
  intervals.length ? (100 * intervals.filter((d) => d > limit).length) / intervals.length : NaN;

/** 3+ brush drags of 40 moves each across the citation histogram. */
export async function brushDrags(page: Page, n: number, drags: number): Promise<MetricResult[]> {
  const region = page.getByRole('region', { name: 'Citations' });
  const overlay = region.locator('svg .brush .overlay, svg .overlay').first();
  const metrics = ['brush frame interval', 'brush input → settled', 'brush longest LoAF per drag'];
  // The histogram may sit behind a "Distribution" tab: open it (not measured).
  const tab = region.getByRole('tab', { name: /distribution/i });
  if ((await overlay.count()) === 0 && (await tab.count()) > 0) {
    await tab.first().click();
    await overlay.waitFor({ state: 'attached', timeout: 5000 }).catch(() => {});
    await page.waitForTimeout(300);
  }
  if ((await overlay.count()) === 0)
    return metrics.map((m) => notAvailable(n, m, 'ms', 'n/a (no brush in region "Citations")'));
  await overlay.scrollIntoViewIfNeeded();
  const box = await overlay.boundingBox();
  if (!box || box.width < 20)
    return metrics.map((m) => notAvailable(n, m, 'ms', 'n/a (Citations brush not visible)'));
  const intervals: number[] = [];
  const latency: number[] = [];
  const loafMax: number[] = [];
  const y = box.y + box.height * 0.6;
  for (let d = 0; d < drags; d++) {
    // Each drag starts outside the previous selection, so d3-brush makes a new one.
    const from = box.x + box.width * (0.04 + ((d * 0.31) % 0.93));
    const to = Math.min(box.x + box.width * 0.99, from + box.width * 0.27);
    const before = (await settledMarks(page)).length;
    await page.mouse.move(from, y);
    const t0 = await pageNow(page);
    await startFrames(page);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(from + ((to - from) * i) / 40, y);
      await page.waitForTimeout(STEP_MS);
    }
    await page.mouse.up();
    await page.waitForTimeout(250);
    intervals.push(...(await stopFrames(page)));
    const t1 = await pageNow(page);
    (await settledMarks(page))
      .slice(before)
      .filter((m) => m.cause === 'brush')
      .forEach((m) => latency.push(m.start - m.inputTs));
    const { loafs } = await recorded(page);
    // Long animation frames are only reported from 50 ms: 0 means none that long.
    loafMax.push(Math.max(0, ...loafs.filter(([s]) => s >= t0 && s <= t1).map(([, dur]) => dur)));
  }
  return [
    summarise(n, 'brush frame interval', 'ms', intervals),
    summarise(n, 'brush frames over 33 ms', '%', [overBudget(intervals, 33)]),
    summarise(n, 'brush input → settled', 'ms', latency),
    summarise(n, 'brush longest LoAF per drag', 'ms', loafMax, '0 = no frame over 50 ms'),
  ];
}

/** Wheel steps over an element at ~60 Hz while frames are recorded. */
async function wheelOver(
  page: Page,
  x: number,
  y: number,
  steps: number,
  deltaY: number,
): Promise<number[]> {
  await page.mouse.move(x, y);
  await startFrames(page);
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(STEP_MS);
  }
  await page.waitForTimeout(250);
  return stopFrames(page);
}

/** 24 wheel steps in, then 24 out, over the topic map's canvas. */
export async function mapZoom(page: Page, n: number): Promise<MetricResult[]> {
  const canvas = page.getByRole('region', { name: 'Topic map' }).locator('canvas').first();
  if ((await canvas.count()) === 0) {
    const why = 'n/a (no canvas in region "Topic map")';
    return [
      notAvailable(n, 'map zoom frame interval', 'ms', why),
      notAvailable(n, 'map zoom input → settled', 'ms', why),
    ];
  }
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const before = (await settledMarks(page)).length;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const intervals = [
    ...(await wheelOver(page, cx, cy, 24, -100)),
    ...(await wheelOver(page, cx, cy, 24, 100)),
  ];
  const latency = (await settledMarks(page))
    .slice(before)
    .filter((m) => m.cause === 'zoom')
    .map((m) => m.start - m.inputTs);
  return [
    summarise(n, 'map zoom frame interval', 'ms', intervals),
    summarise(n, 'map zoom input → settled', 'ms', latency),
  ];
}

/** 30 wheel steps down the papers table, then back up. */
export async function tableScroll(page: Page, n: number): Promise<MetricResult[]> {
  const scroller = page.locator('[aria-label^="Papers table"]').first();
  if ((await scroller.count()) === 0)
    return [
      notAvailable(n, 'table scroll frame interval', 'ms', 'n/a (no "Papers table" scroller)'),
    ];
  await scroller.scrollIntoViewIfNeeded();
  const box = (await scroller.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 300);
  const intervals = [
    ...(await wheelOver(page, x, y, 30, 240)),
    ...(await wheelOver(page, x, y, 30, -240)),
  ];
  return [
    summarise(n, 'table scroll frame interval', 'ms', intervals),
    summarise(n, 'table scroll frames over 33 ms', '%', [overBudget(intervals, 33)]),
  ];
}
