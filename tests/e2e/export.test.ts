import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { openApp, browserForFile } from './browser';
import Papa from 'papaparse';
import { decodePng, inkStats } from './png';
import { validateDataset } from '../../src/data/schema';
import type { Dataset } from '../../src/data/types';

const WAIT = { timeout: 15_000 };

const browser = browserForFile();

const status = async (page: Page) => (await page.getByRole('status').first().textContent()) ?? '';
const shownCount = async (page: Page) => Number(/Showing (\d+) of/.exec(await status(page))?.[1]);
const region = (page: Page, name: string) => page.getByRole('region', { name });

/** Turns on the "Reinforcement learning" theme; returns how many papers it leaves shown. */
async function filterToReinforcementLearning(page: Page): Promise<number> {
  await region(page, 'Filters')
    .getByRole('button', { name: /^Reinforcement learning/ })
    .click();
  await expect.poll(() => status(page), WAIT).not.toBe('Showing 100 of 100 papers');
  return shownCount(page);
}

/** Clicks a button and returns the downloaded file's name and bytes. */
async function download(
  page: Page,
  button: Locator,
): Promise<{ name: string; bytes: Buffer; ms: number }> {
  const event = page.waitForEvent('download');
  const started = Date.now();
  await button.click();
  const file = await event;
  const ms = Date.now() - started;
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path), ms };
}

/** Parses SVG text in the page: well-formed or not, all text, and the embedded view state. */
function inspectSvg(page: Page, svg: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent ?? '');
    return {
      wellFormed:
        doc.getElementsByTagName('parsererror').length === 0 &&
        doc.documentElement.localName === 'svg',
      texts,
      images: [...doc.getElementsByTagName('image')].map((i) =>
        (i.getAttribute('xlink:href') ?? i.getAttribute('href') ?? '').slice(0, 22),
      ),
      view: doc.getElementsByTagNameNS('urn:paperscope:view', 'view')[0]?.textContent ?? null,
      stylesheets: doc.getElementsByTagName('style').length,
      vars: text.includes('var(--'),
    };
  }, svg);
}

async function onScreenSize(locator: Locator): Promise<{ width: number; height: number }> {
  const box = (await locator.boundingBox())!;
  return { width: box.width, height: box.height };
}

describe('image export', () => {
  it('exports each Citations chart as a 2× PNG and a well-formed SVG with the caption', async () => {
    const { page, errors } = await openApp(browser);
    const citations = region(page, 'Citations');
    for (const [tab, id] of [
      ['Ranked', 'citations-ranked'],
      ['Distribution', 'citations-distribution'],
      ['By theme', 'citations-by-theme'],
    ] as const) {
      await citations.getByRole('tab', { name: tab }).click();
      const chart = citations.locator('[role="tabpanel"] svg').first();
      await expect.poll(() => chart.count(), WAIT).toBe(1);
      const size = await onScreenSize(chart);
      const png = await download(page, citations.getByRole('button', { name: 'Export PNG' }));
      expect(png.name).toBe(`best-nlp-papers-2025_${id}.png`);
      const image = decodePng(png.bytes);
      expect(image.width).toBeGreaterThanOrEqual(2 * size.width);
      expect(image.height).toBeGreaterThanOrEqual(2 * size.height);
      const ink = inkStats(image);
      expect(ink.colours).toBeGreaterThan(20);
      expect(ink.inked).toBeGreaterThan(0.02);
      expect(image.text['paperscope:view']).toBe('');
      const svg = await download(page, citations.getByRole('button', { name: 'Export SVG' }));
      expect(svg.name).toBe(`best-nlp-papers-2025_${id}.svg`);
      const parsed = await inspectSvg(page, svg.bytes.toString('utf8'));
      expect(parsed.wellFormed).toBe(true);
      expect(parsed.texts).toContain('The best NLP papers of 2025 · 100 of 100 papers');
      expect(parsed.stylesheets).toBe(0);
      expect(parsed.vars).toBe(false);
      expect(parsed.texts.length).toBeGreaterThan(5);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the topic map with its canvas beneath and its cluster labels, filters in the caption and file name', async () => {
    const { page, errors } = await openApp(browser);
    const n = await filterToReinforcementLearning(page);
    const map = region(page, 'Topic map');
    const labels = (await map.locator('text.cluster-label').allTextContents()).filter((t) =>
      t.trim(),
    );
    expect(labels.length).toBeGreaterThan(0);
    const svg = await download(page, map.getByRole('button', { name: 'Export SVG' }));
    expect(svg.name).toBe('best-nlp-papers-2025_topic-map_rl.svg');
    const parsed = await inspectSvg(page, svg.bytes.toString('utf8'));
    expect(parsed.wellFormed).toBe(true);
    expect(parsed.texts).toContain(
      `The best NLP papers of 2025 · Reinforcement learning · ${n} of 100 papers`,
    );
    for (const label of labels) expect(parsed.texts).toContain(label);
    // The legend (HTML beside the map) is part of the figure, without its Rename buttons.
    expect(parsed.texts.join('')).toContain('Area ∝ citations');
    expect(parsed.texts).not.toContain('✎');
    expect(parsed.images).toEqual(['data:image/png;base64,']);
    expect(parsed.view).toBe('themes=rl');
    const size = await onScreenSize(map.locator('svg.map-overlay'));
    const png = await download(page, map.getByRole('button', { name: 'Export PNG' }));
    const image = decodePng(png.bytes);
    expect(image.width).toBeGreaterThanOrEqual(2 * size.width);
    expect(image.height).toBeGreaterThanOrEqual(2 * size.height);
    expect(inkStats(image).colours).toBeGreaterThan(20);
    expect(image.text['paperscope:view']).toBe('themes=rl');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('exports the whole dashboard at 1×, 2× and 3×, light or dark, transparent or solid', async () => {
    const { page, errors } = await openApp(browser);
    const header = page.getByRole('banner');
    const size = await onScreenSize(page.locator('.app'));
    const png = await download(page, header.getByRole('button', { name: 'Export PNG' }));
    expect(png.name).toBe('best-nlp-papers-2025_dashboard.png');
    const image = decodePng(png.bytes);
    expect(image.width).toBeGreaterThanOrEqual(2 * size.width);
    expect(image.height).toBeGreaterThanOrEqual(2 * size.height);
    expect(inkStats(image).colours).toBeGreaterThan(50);
    const svg = await inspectSvg(
      page,
      (await download(page, header.getByRole('button', { name: 'Export SVG' }))).bytes.toString(
        'utf8',
      ),
    );
    expect(svg.wellFormed).toBe(true);
    expect(svg.texts).toContain('PAPERS');
    expect(svg.texts.join('')).toContain('Showing 100 of 100 papers');
    expect(svg.texts).toContain('The best NLP papers of 2025 · 100 of 100 papers');

    await header.getByRole('button', { name: 'Export options' }).click();
    await header.getByRole('combobox', { name: 'Scale' }).selectOption('1');
    await header.getByRole('combobox', { name: 'Appearance' }).selectOption('dark');
    await header.getByRole('combobox', { name: 'Background' }).selectOption('transparent');
    const dark = decodePng(
      (await download(page, header.getByRole('button', { name: 'Export PNG' }))).bytes,
    );
    expect(dark.width).toBe(Math.ceil(size.width));
    const at = (img: typeof dark, x: number, y: number) => (y * img.width + x) * img.channels;
    expect(dark.pixels[at(dark, 0, dark.height - 1) + 3]).toBe(0); // transparent below the caption
    expect(dark.pixels[at(dark, 4, 4)]).toBeLessThan(60); // the header drawn dark
    // The page itself stays in its theme.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await header.getByRole('combobox', { name: 'Scale' }).selectOption('3');
    await header.getByRole('combobox', { name: 'Background' }).selectOption('solid');
    const big = decodePng(
      (await download(page, header.getByRole('button', { name: 'Export PNG' }))).bytes,
    );
    expect(big.width).toBe(Math.round(3 * Math.ceil(size.width)));
    expect(big.pixels[at(big, 0, big.height - 1) + 3]).toBe(255);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('copies a chart image to the clipboard', async () => {
    const { page, errors } = await openApp(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // Writing to the clipboard needs a focused document; earlier pages may have left focus.
    await page.bringToFront();
    const map = region(page, 'Topic map');
    await map.getByRole('button', { name: 'Export options' }).click();
    await map.getByRole('button', { name: 'Copy image' }).click();
    await expect
      .poll(() =>
        map
          .getByRole('group', { name: /^Export the/ })
          .getByRole('status')
          .textContent(),
      )
      .toBe('Image copied to the clipboard');
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    expect(types).toContain('image/png');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('data export', () => {
  it('exports exactly the filtered papers as CSV, JSON that re-imports, and BibTeX', async () => {
    const { page, errors } = await openApp(browser);
    const n = await filterToReinforcementLearning(page);
    const papers = region(page, 'Papers');

    const csv = await download(page, papers.getByRole('button', { name: 'Export CSV' }));
    expect(csv.name).toBe('best-nlp-papers-2025_papers_rl.csv');
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.errors).toEqual([]);
    expect(rows.data).toHaveLength(n);
    expect(rows.data.every((r) => r.themes!.split('; ').includes('rl'))).toBe(true);

    const json = await download(page, papers.getByRole('button', { name: 'Export JSON' }));
    expect(json.name).toBe('best-nlp-papers-2025_papers_rl.json');
    const exported = JSON.parse(json.bytes.toString('utf8')) as Dataset;
    const reimported = validateDataset(exported);
    expect(reimported).toEqual(exported);
    expect(exported.papers).toHaveLength(n);
    expect(exported.papers.every((p) => p.themes?.includes('rl'))).toBe(true);
    const original = JSON.parse(
      await readFile('data/best-nlp-papers-2025.json', 'utf8'),
    ) as Dataset;
    expect(exported.papers).toEqual(original.papers.filter((p) => p.themes?.includes('rl')));

    const bib = await download(page, papers.getByRole('button', { name: 'Export BibTeX' }));
    expect(bib.name).toBe('best-nlp-papers-2025_papers_rl.bib');
    const entries = bib.bytes.toString('utf8').match(/^@misc\{[^,]+,/gm) ?? [];
    expect(entries).toHaveLength(n);
    expect(new Set(entries).size).toBe(n);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
