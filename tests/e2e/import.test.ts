import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import Papa from 'papaparse';
import { parseRankedList } from '../../src/data/parse/ranked-list';
import { expectNoAxeViolations, openApp, browserForFile } from './browser';

const SEED = parseRankedList(
  readFileSync(
    fileURLToPath(new URL('../../data/best-nlp-papers-2025.txt', import.meta.url)),
    'utf8',
  ),
).papers;

/** A CSV of `n` papers built from the seed's titles and abstracts, with years and venues. */
function seedCsv(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const p = SEED[i % SEED.length]!;
    return {
      Title: i < SEED.length ? p.title : `${p.title} (${i})`,
      Abstract: p.abstract,
      'Cited by': p.citations,
      Year: 2015 + (i % 10),
      Venue: i % 2 ? 'ACL' : 'NeurIPS',
    };
  });
  return Papa.unparse(rows);
}

const status = (page: Page) => page.getByRole('status').first().textContent();
const firstRow = (page: Page) => page.locator('tbody tr:not(.spacer)').first().textContent();
const fileInput = (page: Page) => page.getByLabel(/Import a paper list file/);

const browser = browserForFile();

describe('importing a paper list', () => {
  it('rejects a corrupt file with an error naming the line, leaving the dataset and table as they were', async () => {
    const { page, errors } = await openApp(browser);
    const before = await firstRow(page);
    const broken =
      '@article{a, title = {Fine}}\n\n@article{b,\n  title = {Never {closed},\n  year = 2020\n}\n\n@article{c, title={Next}}\n';
    await fileInput(page).setInputFiles({
      name: 'broken.bib',
      mimeType: 'text/plain',
      buffer: Buffer.from(broken),
    });
    const alert = page.getByRole('dialog').getByRole('alert');
    await expect
      .poll(() => alert.textContent())
      .toMatch(/broken\.bib, line 3: entry "b" is not closed/);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await status(page)).toBe('Showing 100 of 100 papers');
    expect(await firstRow(page)).toBe(before);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('maps CSV columns, reports, analyses in a worker, keeps the dataset across a reload, and deletes it', async () => {
    const { page, errors } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'top cited.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(seedCsv(40)),
    });
    const dialog = page.getByRole('dialog', { name: /Map the columns of top cited\.csv/ });
    await expect.poll(() => dialog.count()).toBe(1);
    expect(await dialog.getByLabel('Citations').inputValue()).toBe('Cited by');
    expect(await dialog.getByRole('table').getByRole('row').count()).toBe(6);
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Continue' }).click();
    const report = page.getByRole('dialog', { name: 'Check the import' });
    await expect.poll(() => report.count()).toBe(1);
    await report.getByRole('button', { name: 'Import 40 papers' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Showing 40 of 40 papers');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('top cited');
    expect(await page.getByRole('columnheader', { name: /Year/ }).count()).toBe(1);
    expect(await page.getByRole('columnheader', { name: /Venue/ }).count()).toBe(1);

    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
    // Labelled with its size from the first paint: the stored list arrives later, in idle time,
    // and the label must read the same before and after it does.
    const select = page.getByLabel('Dataset', { exact: true });
    expect(await select.locator('option:checked').textContent()).toBe('top cited (40 papers)');
    await expect.poll(() => status(page)).toBe('Showing 40 of 40 papers');
    await expect
      .poll(() => select.locator('option').allTextContents())
      .toEqual(['The best NLP papers of 2025 (built-in)', 'top cited (40 papers)']);

    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => status(page)).toBe('Showing 100 of 100 papers');
    // The built-in dataset cannot be renamed or deleted, so those buttons go away.
    expect(await page.getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await expect
      .poll(() => select.locator('option').allTextContents())
      .not.toContain('top cited (40 papers)');
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0);
    expect(await status(page)).toBe('Showing 100 of 100 papers');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('imports BibTeX dropped on the page, and a pasted list', async () => {
    const { page, errors } = await openApp(browser);
    const bib = SEED.slice(0, 12)
      .map(
        (p, i) =>
          `@inproceedings{k${i},\n  title = {${p.title}},\n  author = {M{\\"u}ller, Jos{\\'e} and Doe, Jane},\n  year = {2024},\n  booktitle = {Proc. of ACL},\n  abstract = {${p.abstract.replace(/[{}]/g, '')}}\n}`,
      )
      .join('\n\n');
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'acl.bib', { type: 'text/plain' }));
      window.dispatchEvent(
        new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
      );
    }, bib);
    const report = page.getByRole('dialog', { name: 'Check the import' });
    await expect.poll(() => report.count()).toBe(1);
    expect(await report.textContent()).toContain('BibTeX');
    await report.getByRole('button', { name: 'Import 12 papers' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Showing 12 of 12 papers');
    await page.locator('tbody tr:not(.spacer)').first().click();
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain(
      'José Müller',
    );

    await page.getByRole('button', { name: 'Paste list…' }).click();
    await page
      .getByRole('textbox', { name: /Paste a paper list/ })
      .fill('title\tcitations\tyear\n<script>alert(1)</script> A\t5\t2020\nB\t3\t2021\n');
    await page.getByRole('button', { name: 'Read pasted text' }).click();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Import 2 papers' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Showing 2 of 2 papers');
    expect(await page.locator('tbody').textContent()).toContain('<script>alert(1)</script> A');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the analysis progress and Cancel stops it, keeping the current dataset', async () => {
    const { page, errors } = await openApp(browser);
    await fileInput(page).setInputFiles({
      name: 'big.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(seedCsv(2000)),
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Import 2,000 papers' }).click();
    const progress = page.getByRole('group', { name: 'Import progress' }).locator('progress');
    await expect.poll(() => progress.count()).toBe(1);
    await expect
      .poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 })
      .toBeGreaterThan(0);
    // The page stays responsive while the worker runs: the search still filters the table.
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('grpo');
    await expect.poll(() => status(page)).toMatch(/^Showing \d+ of 100 papers$/);
    await page.getByRole('button', { name: 'Cancel analysis' }).click();
    expect(await progress.count()).toBe(0);
    expect(await status(page)).toMatch(/of 100 papers$/);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens ?data= in CSV (not only JSON) and analyses it in the worker', async () => {
    const { page, errors } = await openApp(browser, '?data=lists/top.csv', {
      prepare: async (p) => {
        await p.route('**/lists/top.csv', (route) =>
          route.fulfill({ status: 200, contentType: 'text/csv', body: seedCsv(30) }),
        );
      },
    });
    expect(await status(page)).toBe('Showing 30 of 30 papers');
    expect(
      await page.getByLabel('Dataset', { exact: true }).locator('option:checked').textContent(),
    ).toBe('top (from link)');
    const details = page.getByRole('region', { name: 'Details' });
    await expect
      .poll(
        async () => {
          await page.locator('tbody tr:not(.spacer)').first().click();
          return details.getByText('Cluster', { exact: true }).count();
        },
        { timeout: 60_000 },
      )
      .toBe(1);
    expect(await page.locator('.import-progress').count()).toBe(0);
    expect(await status(page)).toBe('Showing 30 of 30 papers');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reports a storage failure and keeps the imported dataset open', async () => {
    const context = await browser.current.newContext({ viewport: { width: 1280, height: 800 } });
    // As in a full disk or a private window that refuses IndexedDB.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, null, {
      timeout: 20_000,
    });
    await fileInput(page).setInputFiles({
      name: 'mine.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from('title\tcitations\nA paper\t4\nAnother\t2\n'),
    });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Import 2 papers' }).click();
    await expect.poll(() => status(page), { timeout: 30_000 }).toBe('Showing 2 of 2 papers');
    await expect
      .poll(() => page.locator('.notice-bar').textContent())
      .toMatch(/could not keep it in this browser: the browser’s storage is full/);
    const select = page.getByLabel('Dataset', { exact: true });
    await select.selectOption({ label: 'The best NLP papers of 2025 (built-in)' });
    await expect.poll(() => status(page)).toBe('Showing 100 of 100 papers');
    await select.selectOption({ label: 'mine (2 papers)' });
    await expect.poll(() => status(page)).toBe('Showing 2 of 2 papers');
    expect(errors).toEqual([]);
    await context.close();
  });
});
