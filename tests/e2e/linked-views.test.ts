import { mkdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Dataset } from '../../src/data/types';
import { openApp, browserForFile } from './browser';

const seed = JSON.parse(
  readFileSync(new URL('../../data/best-nlp-papers-2025.json', import.meta.url), 'utf8'),
) as Dataset;
const withThemes = (...ids: string[]) =>
  seed.papers.filter((p) => ids.every((id) => p.themes?.includes(id))).length;

const browser = browserForFile();
beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
});

const status = (page: Page) => page.getByRole('status').first().textContent();
const region = (page: Page, name: string) => page.getByRole('region', { name });
const themeButton = (page: Page, label: string) =>
  region(page, 'Filters').getByRole('button', { name: new RegExp(`^${label}`) });

/** What each linked view says it shows, read from its own text (not from the store). */
async function viewCounts(page: Page) {
  const tableRows =
    Number(await region(page, 'Papers').getByRole('table').getAttribute('aria-rowcount')) - 1;
  const barsLabel =
    (await region(page, 'Citations').getByRole('img').first().getAttribute('aria-label')) ?? '';
  const bars = Number(/([\d,]+) passing the filters/.exec(barsLabel)?.[1]?.replace(/,/g, ''));
  const mapText =
    (await region(page, 'Topic map')
      .getByText(/of \d+ papers highlighted/)
      .textContent()) ?? '';
  const map = Number(/^(\d+) of/.exec(mapText.trim())?.[1]);
  return { tableRows, bars, map };
}

async function histogramCount(page: Page): Promise<number> {
  await region(page, 'Citations').getByRole('tab', { name: 'Distribution' }).click();
  const label = region(page, 'Citations').getByRole('img', { name: /^Histogram of citations/ });
  const text = (await label.getAttribute('aria-label')) ?? '';
  await region(page, 'Citations').getByRole('tab', { name: 'Ranked' }).click();
  return Number(/Histogram of citations: ([\d,]+) papers/.exec(text)?.[1]?.replace(/,/g, ''));
}

describe('linked views in Chromium', () => {
  it('shows the five regions, all views on one screen at 1280×800', async () => {
    const { page, errors } = await openApp(browser);
    for (const name of ['Filters', 'Citations', 'Topic map', 'Papers', 'Details']) {
      expect(await region(page, name).count(), name).toBe(1);
    }
    const overflow = await page.evaluate(() => ({
      h: document.documentElement.scrollHeight - window.innerHeight,
      w: document.documentElement.scrollWidth - window.innerWidth,
    }));
    expect(overflow).toEqual({ h: 0, w: 0 });
    await page.screenshot({ path: 'test-results/dashboard-1280x800.png' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a theme toggle narrows every view to that theme; All with a second theme keeps papers having both', async () => {
    const { page, errors } = await openApp(browser);
    const rl = withThemes('rl');
    expect(await themeButton(page, 'Reinforcement learning').textContent()).toMatch(
      new RegExp(`${rl}$`),
    );
    const settled = page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const mark = list.getEntries().find((e) => e.name === 'app:settled') as
              PerformanceMark | undefined;
            if (mark) resolve((mark.detail as { cause: string }).cause);
          }).observe({ type: 'mark' });
        }),
    );
    await themeButton(page, 'Reinforcement learning').click();
    expect(await settled).toBe('theme');
    expect(await status(page)).toBe(`Showing ${rl} of 100 papers`);
    await expect.poll(() => viewCounts(page)).toEqual({ tableRows: rl, bars: rl, map: rl });
    expect(await histogramCount(page)).toBe(rl);

    await region(page, 'Filters').getByRole('radio', { name: 'All' }).check();
    await themeButton(page, 'Multimodal').click();
    const both = withThemes('rl', 'multimodal');
    expect(both).toBeGreaterThan(0);
    await expect.poll(() => status(page)).toBe(`Showing ${both} of 100 papers`);
    await expect.poll(() => viewCounts(page)).toEqual({ tableRows: both, bars: both, map: both });
    expect(
      await region(page, 'Filters').getByRole('list', { name: 'Active filters' }).textContent(),
    ).toContain('Reinforcement learning AND Multimodal');
    await page.screenshot({ path: 'test-results/dashboard-rl-and-multimodal.png' });
    await region(page, 'Filters').getByRole('button', { name: 'Reset' }).click();
    await expect.poll(() => status(page)).toBe('Showing 100 of 100 papers');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('hovering a row highlights the paper on the map and in the bars; selecting opens Details', async () => {
    const { page, errors } = await openApp(browser);
    const row = region(page, 'Papers').locator('tbody tr', { hasText: 'Qwen3 Technical Report' });
    const id = seed.papers.find((p) => p.title === 'Qwen3 Technical Report')!.id;
    await row.hover();
    await expect
      .poll(() => region(page, 'Topic map').locator(`.hover-ring[data-paper-id="${id}"]`).count())
      .toBe(1);
    await expect
      .poll(() =>
        region(page, 'Citations').locator(`rect.bar[data-id="${id}"]`).getAttribute('stroke'),
      )
      .not.toBe('none');
    await row.click();
    await expect
      .poll(() => region(page, 'Details').getByRole('heading', { level: 3 }).textContent())
      .toBe('Qwen3 Technical Report');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('stacks cleanly at 360 px wide without horizontal scrolling', async () => {
    const { page, errors } = await openApp(browser, '', { viewport: { width: 360, height: 740 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
    for (const name of ['Filters', 'Citations', 'Topic map', 'Papers', 'Details']) {
      const box = await region(page, name).boundingBox();
      expect(box!.width, name).toBeLessThanOrEqual(360);
    }
    await page.screenshot({ path: 'test-results/dashboard-360.png', fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
