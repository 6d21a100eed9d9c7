import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, openApp, browserForFile } from './browser';

const browser = browserForFile();

describe('the dashboard on the seed dataset', () => {
  it('shows the Papers and Details regions and all 100 papers', async () => {
    const { page, errors } = await openApp(browser);
    await expect.poll(() => page.getByRole('region', { name: 'Papers' }).count()).toBe(1);
    expect(await page.getByRole('region', { name: 'Details' }).count()).toBe(1);
    expect(await page.getByRole('status').first().textContent()).toBe('Showing 100 of 100 papers');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'The best NLP papers of 2025',
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('sorts by citations from the header and sets aria-sort', async () => {
    const { page, errors } = await openApp(browser);
    const header = page.getByRole('columnheader', { name: /Citations/ });
    await page.getByRole('button', { name: /^Citations/ }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('tbody tr:not(.spacer)').first().textContent()).toContain(
      'DeepSeek-R1',
    );
    await page.getByRole('button', { name: /^Citations/ }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    const first = Number(
      (await page.locator('tbody tr:not(.spacer) .citation-value').first().textContent())!.replace(
        /,/g,
        '',
      ),
    );
    const second = Number(
      (await page.locator('tbody tr:not(.spacer) .citation-value').nth(1).textContent())!.replace(
        /,/g,
        '',
      ),
    );
    expect(first).toBeLessThanOrEqual(second);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the table and the status as the user types a search', async () => {
    const { page } = await openApp(browser);
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('grpo');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toMatch(/^Showing \d+ of 100 papers$/);
    const status = (await page.getByRole('status').first().textContent())!;
    const shown = Number(/Showing (\d+)/.exec(status)![1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(100);
    expect(await page.locator('tbody tr:not(.spacer)').count()).toBe(shown);
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('grpo zzzznothing');
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toBe('Showing 0 of 100 papers');
    await page.context().close();
  });

  it('shows a clicked row in Details, and the keyboard moves the selection', async () => {
    const { page, errors } = await openApp(browser);
    await page.locator('tbody tr', { hasText: 'Qwen2.5-VL Technical Report' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(() =>
        details.getByRole('heading', { level: 3, name: 'Qwen2.5-VL Technical Report' }).count(),
      )
      .toBe(1);
    await page.getByLabel(/Papers table/).focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => details.getByRole('heading', { name: 's1: Simple test-time scaling' }).count())
      .toBe(1);
    await page.keyboard.press('End');
    await expect
      .poll(() => details.getByRole('heading', { level: 3 }).textContent())
      .toContain('Layer by Layer');
    await page.keyboard.press('Home');
    await expect
      .poll(() => details.getByRole('heading', { level: 3 }).textContent())
      .toContain('DeepSeek-R1');
    const link = details.getByRole('link').first();
    if ((await link.count()) > 0)
      expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('gives every form field a name or an id (autofill and DevTools ask for one)', async () => {
    const { page, errors } = await openApp(browser);
    const unnamedFields = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('input, select, textarea')]
          .filter((field) => !field.id && !field.getAttribute('name'))
          .map((field) => field.outerHTML.slice(0, 120)),
      );
    const fieldCount = () => page.locator('input, select, textarea').count();
    expect(await unnamedFields()).toEqual([]);

    // Fields that appear only once the user opens them: the Distribution tab's bins, the cluster
    // rename box, and the paste dialog with its column mapping.
    await page.getByRole('tab', { name: 'Distribution' }).click();
    await page
      .getByRole('region', { name: 'Topic map' })
      .getByRole('button', { name: /^Rename cluster / })
      .first()
      .click();
    await expect
      .poll(() => page.getByRole('textbox', { name: /^New name for cluster / }).count())
      .toBe(1);
    const withRenameBox = await fieldCount();
    expect(await unnamedFields()).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Paste list…' }).click();
    await page
      .getByRole('textbox', { name: /Paste a paper list/ })
      .fill('title\tcitations\tyear\nA\t5\t2020\nB\t3\t2021\n');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Continue' }).count()).toBe(1);
    expect(await fieldCount()).toBeGreaterThan(withRenameBox);
    expect(await unnamedFields()).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('has no axe-core violations in light and dark themes', { timeout: 180_000 }, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, errors } = await openApp(browser, '', { colorScheme });
      await page.locator('tbody tr').nth(2).click();
      await expectNoAxeViolations(page);
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
