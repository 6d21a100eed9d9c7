// Discrete interactions: theme-chip clicks, search typing, exports. Trusted input only (Playwright
// mouse and keyboard), read back through app:settled and Event Timing.
import type { Page } from 'playwright-core';
import { pageNow, recorded, settledMarks, waitSettled } from './browser';
import { notAvailable, summarise, type MetricResult } from './stats';

const EVENT_NOTE = 'Event Timing reports only events ≥ 16 ms; shorter ones count as 16';

/** Event Timing durations of `name` events after `since`; one per expected event, missing = 16. */
async function eventDurations(
  page: Page,
  name: string,
  since: number,
  expected: number,
): Promise<number[]> {
  const { events } = await recorded(page);
  const seen = events.filter((e) => e.name === name && e.start >= since).map((e) => e.duration);
  return [...seen, ...Array.from({ length: Math.max(0, expected - seen.length) }, () => 16)];
}

/** Clicks the chip of the biggest theme `clicks` times (on, off, …): click → settled. */
export async function themeClicks(
  page: Page,
  n: number,
  labels: readonly string[],
  clicks: number,
): Promise<MetricResult[]> {
  const region = page.getByRole('region', { name: 'Filters' });
  let chips = region.locator('button[aria-pressed]');
  for (const label of labels) {
    const match = chips.filter({ hasText: label });
    if ((await match.count()) > 0) {
      chips = match;
      break;
    }
  }
  if ((await chips.count()) === 0) {
    const why = 'n/a (no theme chips in region "Filters")';
    return [
      notAvailable(n, 'theme click → settled', 'ms', why),
      notAvailable(n, 'theme click event duration', 'ms', why),
    ];
  }
  const chip = chips.first();
  const since = await pageNow(page);
  const latency: number[] = [];
  for (let i = 0; i < clicks; i++) {
    const before = (await settledMarks(page)).filter((m) => m.cause === 'theme').length;
    await chip.click();
    const marks = (await waitSettled(page, 'theme', before, 20_000, 100)).filter(
      (m) => m.cause === 'theme',
    );
    const mark = marks[marks.length - 1]!;
    latency.push(mark.start - mark.inputTs);
  }
  return [
    summarise(n, 'theme click → settled', 'ms', latency),
    summarise(
      n,
      'theme click event duration',
      'ms',
      await eventDurations(page, 'click', since, clicks),
      EVENT_NOTE,
    ),
  ];
}

/** Types words into "Search papers" key by key, clearing between words. */
export async function searchTyping(
  page: Page,
  n: number,
  words: readonly string[],
): Promise<MetricResult[]> {
  const box = page.getByRole('searchbox', { name: 'Search papers' });
  if ((await box.count()) === 0) {
    const why = 'n/a (no "Search papers" box)';
    return [
      notAvailable(n, 'search keystroke → settled', 'ms', why),
      notAvailable(n, 'search last key → settled', 'ms', why),
    ];
  }
  const perKey: number[] = [];
  const lastKey: number[] = [];
  const since = await pageNow(page);
  let keys = 0;
  for (const word of words) {
    await box.click();
    const before = await settledMarks(page);
    const searchesBefore = before.filter((m) => m.cause === 'search').length;
    await page.keyboard.type(word, { delay: 70 });
    keys += word.length;
    const marks = (await waitSettled(page, 'search', searchesBefore, 20_000, 200))
      .slice(before.length)
      .filter((m) => m.cause === 'search');
    marks.forEach((m) => perKey.push(m.start - m.inputTs));
    const last = marks[marks.length - 1];
    if (last) lastKey.push(last.start - last.inputTs);
    await box.fill('');
    await page.waitForTimeout(150);
  }
  return [
    summarise(n, 'search keystroke → settled', 'ms', perKey),
    summarise(n, 'search last key → settled', 'ms', lastKey),
    summarise(
      n,
      'search keydown event duration',
      'ms',
      await eventDurations(page, 'keydown', since, keys),
      EVENT_NOTE,
    ),
  ];
}

/** Clicks "Export PNG" / "Export SVG" and times the click until the download starts. */
export async function exportClicks(
  page: Page,
  n: number,
  samples: number,
): Promise<MetricResult[]> {
  const results: MetricResult[] = [];
  for (const kind of ['PNG', 'SVG'] as const) {
    const metric = `export ${kind} click → file`;
    // The topic map's export is the heaviest figure (a canvas of every paper); else the first one.
    const inMap = page
      .getByRole('region', { name: 'Topic map' })
      .getByRole('button', { name: `Export ${kind}`, exact: true });
    const button =
      (await inMap.count()) > 0
        ? inMap.first()
        : page.getByRole('button', { name: `Export ${kind}`, exact: true }).first();
    if ((await button.count()) === 0) {
      results.push(notAvailable(n, metric, 'ms', `n/a (no "Export ${kind}" button)`));
      continue;
    }
    const times: number[] = [];
    let failure = '';
    for (let i = 0; i < samples && !failure; i++) {
      await button.scrollIntoViewIfNeeded();
      const box = await button.boundingBox();
      if (!box) {
        failure = `n/a ("Export ${kind}" not visible)`;
        break;
      }
      const download = page.waitForEvent('download', { timeout: 15_000 });
      const started = performance.now();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      try {
        const file = await download;
        times.push(performance.now() - started);
        await file.delete();
      } catch {
        failure = `n/a (no download after "Export ${kind}")`;
      }
      await page.waitForTimeout(100);
    }
    results.push(
      times.length ? summarise(n, metric, 'ms', times) : notAvailable(n, metric, 'ms', failure),
    );
  }
  return results;
}
