import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { openApp, browserForFile } from './browser';

const browser = browserForFile();

const map = (page: Page) => page.getByRole('region', { name: 'Topic map' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const shown = async (page: Page) =>
  Number(/Showing (\d+)/.exec((await page.getByRole('status').first().textContent()) ?? '')?.[1]);

/** Page coordinates of a ring in the map's overlay (the ring's centre). */
async function ringCentre(
  page: Page,
  selector: string,
): Promise<{ x: number; y: number; id: string }> {
  const ring = map(page).locator(selector);
  await expect.poll(() => ring.count()).toBe(1);
  const box = (await map(page).locator('svg.map-overlay').boundingBox())!;
  const cx = Number(await ring.getAttribute('cx'));
  const cy = Number(await ring.getAttribute('cy'));
  return { x: box.x + cx, y: box.y + cy, id: (await ring.getAttribute('data-paper-id'))! };
}

describe('the Topic map region', () => {
  it('selects a clicked point: its title shows in Details', async () => {
    const { page, errors } = await openApp(browser);
    await page.locator('tbody tr', { hasText: 'Qwen2.5-VL Technical Report' }).click();
    const at = await ringCentre(page, 'circle.selection-ring');
    await page.locator('tbody tr', { hasText: 's1: Simple test-time scaling' }).click();
    await expect
      .poll(async () => (await ringCentre(page, 'circle.selection-ring')).id)
      .not.toBe(at.id);
    await page.mouse.click(at.x, at.y);
    await expect
      .poll(() => details(page).getByRole('heading', { level: 3 }).textContent())
      .toBe('Qwen2.5-VL Technical Report');
    expect((await ringCentre(page, 'circle.selection-ring')).id).toBe(at.id);
    expect(await map(page).locator('line.similar-line').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the status line with a lasso drag, and clears it again', async () => {
    const { page, errors } = await openApp(browser);
    expect(await shown(page)).toBe(100);
    await map(page).getByRole('button', { name: 'Lasso' }).click();
    const box = (await map(page).locator('svg.map-overlay').boundingBox())!;
    // A triangle over the upper-left part of the map.
    const corners = [
      [0.05, 0.05],
      [0.6, 0.05],
      [0.05, 0.7],
    ].map(([fx, fy]) => [box.x + fx! * box.width, box.y + fy! * box.height] as const);
    await page.mouse.move(corners[0]![0], corners[0]![1]);
    await page.mouse.down();
    for (const [x, y] of [...corners.slice(1), corners[0]!])
      await page.mouse.move(x, y, { steps: 8 });
    await page.mouse.up();
    await expect.poll(() => shown(page)).toBeLessThan(100);
    const n = await shown(page);
    expect(n).toBeGreaterThan(0);
    expect(await map(page).getByText(`${n} of 100 papers highlighted`).count()).toBe(1);
    expect(await map(page).locator('path.lasso-outline').count()).toBe(1);
    await map(page).getByRole('button', { name: 'Clear map selection' }).click();
    await expect.poll(() => shown(page)).toBe(100);
    expect(await map(page).locator('path.lasso-outline').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('rings the paper hovered in the table', async () => {
    const { page, errors } = await openApp(browser);
    const row = page.locator('tbody tr', { hasText: 'Qwen2.5-VL Technical Report' });
    await row.hover();
    const ring = map(page).locator('circle.hover-ring');
    await expect.poll(() => ring.count()).toBe(1);
    await page.locator('tbody tr', { hasText: 'Qwen2.5-VL Technical Report' }).click();
    const selectedId = await map(page)
      .locator('circle.selection-ring')
      .getAttribute('data-paper-id');
    expect(await ring.getAttribute('data-paper-id')).toBe(selectedId);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reaches and selects a paper with the keyboard alone', async () => {
    const { page, errors } = await openApp(browser);
    const area = map(page).getByRole('application', { name: 'Topic map' });
    for (let i = 0; i < 250; i++) {
      await page.keyboard.press('Tab');
      if (await area.evaluate((el) => el === document.activeElement)) break;
    }
    await expect.poll(() => area.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press(']');
    await page.keyboard.press('ArrowDown');
    const live = map(page).locator('[aria-live="polite"]');
    await expect
      .poll(() => live.textContent())
      .toMatch(/^(Cluster .*\. )?Paper \d+: .+, [\d,]+ citations?/);
    const title = /Paper \d+: (.+?), [\d,]+ citations?/.exec((await live.textContent())!)![1]!;
    await page.keyboard.press('Enter');
    await expect
      .poll(() => details(page).getByRole('heading', { level: 3 }).textContent())
      .toBe(title);
    expect(await map(page).locator('circle.focus-ring').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  // One test per colour scheme, so each gets its own time budget on a busy machine.
  it.each(['light', 'dark'] as const)(
    'has no axe-core violations (%s), with a selection and a renamed cluster',
    async (colorScheme) => {
      const { page, errors } = await openApp(browser, '', { colorScheme });
      await page.locator('tbody tr').nth(1).click();
      const rename = map(page)
        .getByRole('button', { name: /^Rename cluster / })
        .first();
      await rename.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Reasoning RL');
      await page.keyboard.press('Enter');
      await expect
        .poll(() => map(page).locator('text.cluster-label', { hasText: 'Reasoning RL' }).count())
        .toBe(1);
      // Scoped to this region; the whole page is checked by the app's own e2e tests.
      const results = await new AxeBuilder({ page }).include('section.topic-map').analyze();
      const found = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
