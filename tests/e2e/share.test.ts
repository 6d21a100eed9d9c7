import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, browserForFile } from './browser';

const WAIT = { timeout: 15_000 };

const browser = browserForFile();

const status = async (page: Page) => (await page.getByRole('status').first().textContent()) ?? '';
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const citationsHeader = (page: Page) => page.getByRole('columnheader', { name: /Citations/ });
const selectedRow = (page: Page) => page.locator('tbody tr[aria-selected="true"]').textContent();
const detailsTitle = (page: Page) => details(page).getByRole('heading', { level: 3 }).textContent();
const query = (page: Page) => new URL(page.url()).search;

/** Filters by a theme and search, sorts by citations and selects the second row. */
async function makeView(page: Page): Promise<void> {
  await page
    .getByRole('region', { name: 'Filters' })
    .getByRole('button', { name: /^Reinforcement learning/ })
    .click();
  await page.getByRole('searchbox', { name: 'Search papers' }).fill('reasoning');
  await page.getByRole('button', { name: /^Citations/ }).click();
  await expect.poll(() => citationsHeader(page).getAttribute('aria-sort'), WAIT).toBe('descending');
  await page.locator('tbody tr:not(.spacer)').nth(1).click();
  await expect.poll(() => query(page), WAIT).toContain('sel=');
}

describe('shareable links', () => {
  it('keeps the view in the URL, and the link opened in a fresh page restores it', async () => {
    const { page, errors } = await openApp(browser);
    await makeView(page);
    const search = query(page);
    expect(search).toMatch(/^\?q=reasoning&themes=rl&sel=[^&]+&sort=-citations$/);
    const expected = {
      status: await status(page),
      row: await selectedRow(page),
      title: await detailsTitle(page),
    };
    expect(expected.status).not.toBe('Showing 100 of 100 papers');

    const fresh = await openApp(browser, search);
    expect(await status(fresh.page)).toBe(expected.status);
    expect(await citationsHeader(fresh.page).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => selectedRow(fresh.page), WAIT).toBe(expected.row);
    expect(await detailsTitle(fresh.page)).toBe(expected.title);
    expect(await fresh.page.getByRole('searchbox', { name: 'Search papers' }).inputValue()).toBe(
      'reasoning',
    );
    expect(await fresh.page.getByRole('alert').count()).toBe(0);
    expect(query(fresh.page)).toBe(search);
    expect([...errors, ...fresh.errors]).toEqual([]);
    await page.context().close();
    await fresh.page.context().close();
  });

  it('ignores unknown and invalid parameters with a notice, and keeps data= intact', async () => {
    const { page, errors } = await openApp(
      browser,
      '?data=missing.json&foo=1&cites=abc&sel=nope&themes=rl',
    );
    const notice = page.getByRole('alert');
    await expect.poll(() => notice.textContent(), WAIT).toContain('Part of the link was ignored');
    const text = (await notice.textContent())!;
    expect(text).toContain('unknown parameter “foo”');
    expect(text).toContain('invalid value for “cites”');
    expect(text).toContain('the selected paper is not in this dataset');
    expect(await status(page)).not.toBe('Showing 100 of 100 papers');
    expect(text).toContain('Could not open the dataset from the link');
    expect(query(page)).toBe('?data=missing.json&themes=rl');
    expect(errors.filter((e) => !/404|Failed to load resource/.test(e))).toEqual([]);
    await page.context().close();
  });

  it('steps Back and Forward through discrete changes, typing coalesced into one step', async () => {
    const { page, errors } = await openApp(browser);
    const searchbox = page.getByRole('searchbox', { name: 'Search papers' });
    await page
      .getByRole('region', { name: 'Filters' })
      .getByRole('button', { name: /^Reinforcement learning/ })
      .click();
    await expect.poll(() => query(page), WAIT).toBe('?themes=rl');
    const filtered = await status(page);
    await searchbox.click();
    await page.keyboard.type('policy', { delay: 40 });
    await expect.poll(() => query(page), WAIT).toBe('?q=policy&themes=rl');
    await page.waitForTimeout(700);
    await page.getByRole('button', { name: /^Citations/ }).click();
    await expect.poll(() => query(page), WAIT).toBe('?q=policy&themes=rl&sort=-citations');

    await page.goBack();
    await expect.poll(() => citationsHeader(page).getAttribute('aria-sort'), WAIT).toBe('none');
    expect(await searchbox.inputValue()).toBe('policy');
    await page.goBack();
    await expect.poll(() => searchbox.inputValue(), WAIT).toBe('');
    expect(await status(page)).toBe(filtered);
    await page.goBack();
    await expect.poll(() => status(page), WAIT).toBe('Showing 100 of 100 papers');
    await page.goForward();
    await expect.poll(() => status(page), WAIT).toBe(filtered);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('restores the view of an exported PNG or SVG dropped on a fresh page', async () => {
    const { page, errors } = await openApp(browser);
    await makeView(page);
    const expected = {
      status: await status(page),
      title: await detailsTitle(page),
      search: query(page),
    };
    const files: { bytes: Buffer; name: string }[] = [];
    for (const format of ['PNG', 'SVG']) {
      const event = page.waitForEvent('download');
      await page
        .getByRole('region', { name: 'Topic map' })
        .getByRole('button', { name: `Export ${format}` })
        .click();
      const file = await event;
      files.push({ bytes: await readFile(await file.path()), name: file.suggestedFilename() });
    }
    for (const { bytes, name } of files) {
      const fresh = await openApp(browser);
      await fresh.page.evaluate(
        ({ base64, name }) => {
          const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const type = name.endsWith('.png') ? 'image/png' : 'image/svg+xml';
          const transfer = new DataTransfer();
          transfer.items.add(new File([data], name, { type }));
          const target = document.querySelector('.dashboard')!;
          target.dispatchEvent(
            new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
          target.dispatchEvent(
            new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        },
        { base64: bytes.toString('base64'), name },
      );
      await expect.poll(() => status(fresh.page), WAIT).toBe(expected.status);
      await expect.poll(() => detailsTitle(fresh.page), WAIT).toBe(expected.title);
      expect(await citationsHeader(fresh.page).getAttribute('aria-sort')).toBe('descending');
      // The URL is written in the first idle moment after the paint.
      await expect.poll(() => query(fresh.page), WAIT).toBe(expected.search);
      expect(fresh.errors).toEqual([]);
      await fresh.page.context().close();
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
