// Chromium for the benchmark: launch flags, per-page recorders, and page-side readings.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { disableFeaturesFlag, findChrome, OFFLINE_FLAGS } from '../chromium';

/**
 * Headless Chromium with software rendering and no background throttling (benchmarking notes).
 * `browserUi` keeps the omnibox popup pages that OFFLINE_FLAGS turns off, to compare with probes
 * that launch Chromium with Playwright's defaults.
 */
export function launchBenchBrowser({ browserUi = false } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome('the benchmark'),
    headless: true,
    args: [
      ...OFFLINE_FLAGS,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--js-flags=--expose-gc',
      // Chromium applies the last --disable-features: Playwright's list alone, popup pages on.
      ...(browserUi ? [disableFeaturesFlag()] : []),
    ],
  });
}

// Runs in the page before any app code: records long tasks, long animation frames, Event Timing
// entries and (on demand) every animation frame's timestamp.
function pageRecorders(): void {
  type Rec = {
    longTasks: [number, number][];
    loafs: [number, number][];
    events: { name: string; start: number; duration: number; id: number }[];
    frames: number[];
    recording: boolean;
  };
  const rec: Rec = { longTasks: [], loafs: [], events: [], frames: [], recording: false };
  (window as unknown as { __bench: Rec }).__bench = rec;
  const observe = (type: string, fn: (e: PerformanceEntry) => void, extra: object = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({
        type,
        buffered: true,
        ...extra,
      } as PerformanceObserverInit);
    } catch {
      // Entry type not supported by this browser: the metric reports no samples.
    }
  };
  observe('longtask', (e) => rec.longTasks.push([e.startTime, e.duration]));
  observe('long-animation-frame', (e) => rec.loafs.push([e.startTime, e.duration]));
  observe(
    'event',
    (e) =>
      rec.events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        id: (e as PerformanceEventTiming).interactionId,
      }),
    { durationThreshold: 16 },
  );
  const tick = (t: number) => {
    if (rec.recording) rec.frames.push(t);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** A fresh context (empty cache) and page at the benchmark's viewport, recorders installed. */
export async function freshPage(
  browser: Browser,
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    acceptDownloads: true,
  });
  // As source text: the TS runner's helpers (e.g. esbuild's __name) do not exist in the page.
  await context.addInitScript({
    content: `globalThis.__name = (f) => f; (${pageRecorders.toString()})();`,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  return { context, page, errors };
}

/** Opens the app on a dataset and waits for `app:ready`; returns its time since navigation start. */
export async function openAndWaitReady(
  page: Page,
  url: string,
  timeoutMs: number,
): Promise<number> {
  // The app's own document must exist before we evaluate in it (its scripts run before this
  // event, and app:ready needs the dataset, which is fetched after them).
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  // One call that the page answers when the mark appears: polling from here would add work to
  // the very page being measured.
  return page.evaluate(
    (ms) =>
      new Promise<number>((resolve, reject) => {
        const found = () => performance.getEntriesByName('app:ready')[0]?.startTime;
        const now = found();
        if (now !== undefined) return resolve(now);
        const observer = new PerformanceObserver(() => {
          const t = found();
          if (t !== undefined) {
            observer.disconnect();
            resolve(t);
          }
        });
        observer.observe({ type: 'mark' });
        setTimeout(() => reject(new Error(`no app:ready after ${ms} ms`)), ms);
      }),
    timeoutMs,
  );
}

/** A settled mark as the page recorded it. */
export interface Settled {
  start: number;
  cause: string;
  inputTs: number;
}

/** All `app:settled` marks so far. */
export function settledMarks(page: Page): Promise<Settled[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('app:settled').map((m) => {
      const d = (m as PerformanceMark).detail as { cause: string; inputTs: number };
      return { start: m.startTime, cause: d.cause, inputTs: d.inputTs };
    }),
  );
}

/**
 * Waits (in the page, without polling) until there are more than `count` settled marks of `cause`
 * and then no new settled mark for `quietMs`; returns all settled marks.
 */
export async function waitSettled(
  page: Page,
  cause: string,
  count: number,
  timeoutMs = 15_000,
  quietMs = 150,
): Promise<Settled[]> {
  await page.evaluate(
    ([c, n, ms, quiet]) =>
      new Promise<void>((resolve, reject) => {
        const all = () => performance.getEntriesByName('app:settled');
        const ofCause = () =>
          all().filter((m) => ((m as PerformanceMark).detail as { cause: string }).cause === c)
            .length;
        let timer = 0;
        const settle = () => {
          if (ofCause() <= n) return;
          clearTimeout(timer);
          timer = window.setTimeout(() => {
            observer.disconnect();
            resolve();
          }, quiet);
        };
        const observer = new PerformanceObserver(settle);
        observer.observe({ type: 'mark' });
        settle();
        setTimeout(() => reject(new Error(`no settled mark of cause ${c} within ${ms} ms`)), ms);
      }),
    [cause, count, timeoutMs, quietMs] as const,
  );
  return settledMarks(page);
}

/** The page's time now (performance.now()). */
export function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** Starts recording animation-frame timestamps. */
export async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec = (window as unknown as { __bench: { frames: number[]; recording: boolean } })
      .__bench;
    rec.frames = [];
    rec.recording = true;
  });
}

/** Stops recording and returns the intervals between consecutive frames (ms). */
export async function stopFrames(page: Page): Promise<number[]> {
  const frames = await page.evaluate(() => {
    const rec = (window as unknown as { __bench: { frames: number[]; recording: boolean } })
      .__bench;
    rec.recording = false;
    return rec.frames;
  });
  return frames.slice(1).map((t, i) => t - frames[i]!);
}

/** Entries the recorders collected (long tasks, long animation frames, Event Timing). */
export function recorded(page: Page): Promise<{
  longTasks: [number, number][];
  loafs: [number, number][];
  events: { name: string; start: number; duration: number; id: number }[];
}> {
  return page.evaluate(() => {
    const rec = (
      window as unknown as {
        __bench: {
          longTasks: [number, number][];
          loafs: [number, number][];
          events: { name: string; start: number; duration: number; id: number }[];
        };
      }
    ).__bench;
    return { longTasks: rec.longTasks, loafs: rec.loafs, events: rec.events };
  });
}

/** JS heap in use after a forced GC, and the DOM node count, via the DevTools protocol. */
export async function heapAndNodes(page: Page): Promise<{ heapMB: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  return { heapMB: heap.usedSize / 1e6, nodes };
}
