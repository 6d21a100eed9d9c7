import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, browserForFile } from './browser';

const browser = browserForFile();

const status = (page: Page) => page.getByRole('status').first().textContent();
const region = (page: Page) => page.getByRole('region', { name: 'Citations' });

describe('the Citations region', () => {
  it('narrows the other views when the user drags a brush on the histogram, which keeps all its bars', async () => {
    const { page, errors } = await openApp(browser);
    await region(page).getByRole('tab', { name: 'Distribution' }).click();
    const histogram = region(page).getByRole('img', {
      name: /^Histogram of citations: 100 papers/,
    });
    await expect.poll(() => histogram.count()).toBe(1);
    const bins = await histogram.locator('.bin').count();
    expect(bins).toBeGreaterThan(5);
    const box = (await histogram.locator('.brush .overlay').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++)
      await page.mouse.move(box.x + box.width * (0.3 + 0.05 * i), box.y + box.height / 2);
    await page.mouse.up();
    await expect.poll(() => status(page)).not.toBe('Showing 100 of 100 papers');
    const shown = Number(/Showing (\d+) of 100 papers/.exec((await status(page))!)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100);
    // The table holds exactly those papers (it renders the rows in view, and says how many).
    expect(await page.locator('table.papers-table').getAttribute('aria-rowcount')).toBe(
      String(shown + 1),
    );
    const rendered = await page.locator('tbody tr:not(.spacer)').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThanOrEqual(shown);
    // Crossfilter: the histogram is not narrowed by its own brush.
    expect(await histogram.locator('.bin').count()).toBe(bins);
    await expect
      .poll(() => histogram.getAttribute('aria-label'))
      .toMatch(/^Histogram of citations: 100 papers.*range [\d,]+ to [\d,]+ selected/);
    // The Filters region's inputs follow the brush; clearing the range restores every paper.
    const filters = page.getByRole('region', { name: 'Filters' });
    expect(
      await filters.getByRole('spinbutton', { name: 'Minimum citations' }).inputValue(),
    ).toMatch(/^\d+$/);
    await region(page).getByRole('button', { name: 'Clear range' }).click();
    await expect.poll(() => status(page)).toBe('Showing 100 of 100 papers');
    expect(await histogram.locator('.brush .selection').getAttribute('style')).toContain(
      'display: none',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows a clicked bar in Details and highlights it as selected', async () => {
    const { page, errors } = await openApp(browser);
    const chart = region(page).getByRole('img', { name: /^Citations by rank/ });
    await chart.locator('rect.bar').nth(2).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 3 }).textContent()).toBeTruthy();
    const title = await details.getByRole('heading', { level: 3 }).textContent();
    expect(await chart.locator('rect.bar').nth(2).getAttribute('stroke-width')).toBe('2');
    await chart.locator('rect.bar').nth(4).hover();
    await expect
      .poll(() => region(page).getByRole('tooltip').textContent())
      .toMatch(/^#5 .*citations/);
    expect(title).toBeTruthy();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no axe-core violations in the region on any tab (${colorScheme})`,
      { timeout: 150_000 },
      async () => {
        const { page, errors } = await openApp(browser, '', { colorScheme });
        for (const tab of ['Ranked', 'Distribution', 'By theme']) {
          await region(page).getByRole('tab', { name: tab }).click();
          const results = await new AxeBuilder({ page }).include('section.citations').analyze();
          const found = results.violations.map(
            (v) => `${tab}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(found).toEqual([]);
        }
        expect(errors).toEqual([]);
        await page.context().close();
      },
    );
  }

  it('fits a 360 px wide screen', async () => {
    const { page, errors } = await openApp(browser, '', { viewport: { width: 360, height: 740 } });
    for (const tab of ['Ranked', 'Distribution', 'By theme']) {
      await region(page).getByRole('tab', { name: tab }).click();
      const svg = region(page).locator('svg.chart').first();
      const width = Number(await svg.getAttribute('width'));
      expect(width).toBeGreaterThan(200);
      expect(width).toBeLessThanOrEqual(360);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
