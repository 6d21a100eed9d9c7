import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { openApp, browserForFile } from './browser';

const WAIT = { timeout: 15_000 };

const browser = browserForFile();

const ABSTRACTS = [
  'We align a policy with reward models.',
  'A zeppelin of tokens drifts through the context window.',
  'We compress the key-value cache.',
];
const TITLES = ['Reward models for alignment', 'Long context recall', 'Cache compression'];
/** The companion's entries: bare abstracts, and one object with the paper's similar papers. */
const COMPANION = [
  ABSTRACTS[0],
  { abstract: ABSTRACTS[1], similar: ['3'], similarScores: [0.42] },
  ABSTRACTS[2],
];
/** A dataset whose abstracts are in a companion file beside it, with its analysis. */
const splitDataset = {
  name: 'Split list',
  papers: TITLES.map((title, i) => ({
    id: String(i + 1),
    rank: i + 1,
    title,
    citations: 30 - i * 10,
    abstract: '',
    github: null,
    urls: [],
    cluster: 0,
    x: i / 4,
    y: -i / 4,
  })),
  themes: [],
  clusters: [{ id: 0, label: 'all', terms: ['all'], size: 3, representative: '1' }],
  abstracts: 'split.abstracts.json',
};

/** Opens `?data=lists/split.json`, with `companion` answering the abstracts file's request. */
function openSplit(companion: (route: Route) => Promise<void>) {
  return openApp(browser, '?data=lists/split.json', {
    prepare: async (page) => {
      await page.route('**/lists/split.json', (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', json: splitDataset }),
      );
      await page.route('**/lists/split.abstracts.json', companion);
    },
  });
}

const status = async (page: Page) => (await page.getByRole('status').first().textContent()) ?? '';
const details = (page: Page) => page.getByRole('region', { name: 'Details' });

describe('a dataset with its abstracts and details in a companion file', () => {
  it('opens at once, then shows the abstracts and similar papers in Details and finds abstract words in search', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    const { page, errors } = await openSplit(async (route) => {
      requested = true;
      await held;
      await route.fulfill({ status: 200, contentType: 'application/json', json: COMPANION });
    });
    expect(await status(page)).toBe('Showing 3 of 3 papers');
    await page.locator('tbody tr:not(.spacer)', { hasText: 'Long context recall' }).click();
    await expect
      .poll(() => details(page).locator('.abstract').textContent(), WAIT)
      .toBe('Loading the abstract…');
    expect(await details(page).getByText('Loading the similar papers…').count()).toBe(1);
    // A word only the abstracts hold: nothing matches until they arrive, then the active search
    // (not a new keystroke) finds it.
    await page.getByRole('searchbox', { name: 'Search papers' }).fill('zeppelin');
    await expect.poll(() => status(page), WAIT).toBe('Showing 0 of 3 papers');
    expect(requested).toBe(true);

    release();
    await expect
      .poll(() => details(page).locator('.abstract').textContent(), WAIT)
      .toBe(ABSTRACTS[1]);
    await expect.poll(() => status(page), WAIT).toBe('Showing 1 of 3 papers');
    expect(
      await details(page).getByRole('button', { name: 'Cache compression' }).textContent(),
    ).toBe('Cache compression');
    expect(await details(page).textContent()).toContain('similarity 0.42');
    expect(await page.locator('tbody tr:not(.spacer)').first().textContent()).toContain(
      'Long context recall',
    );
    // Asked for only after the first paint: the abstracts never delay it.
    const afterReady = await page.evaluate(() => {
      const ready = performance.getEntriesByName('app:ready')[0]!.startTime;
      const file = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/lists/split.abstracts.json'));
      return file ? file.startTime - ready : null;
    });
    expect(afterReady).toBeGreaterThanOrEqual(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps the dataset and says which file was wrong when the companion does not fit', async () => {
    const { page, errors } = await openSplit((route) =>
      route.fulfill({ status: 200, contentType: 'application/json', json: ABSTRACTS.slice(0, 2) }),
    );
    const notice = page.getByRole('alert');
    await expect
      .poll(() => notice.textContent(), WAIT)
      .toContain(
        'Could not load the abstracts and details: companion file split.abstracts.json has 2 entries; expected 3, one per paper. The papers are shown without them.',
      );
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Split list');
    expect(await status(page)).toBe('Showing 3 of 3 papers');
    await page.locator('tbody tr:not(.spacer)', { hasText: 'Long context recall' }).click();
    await expect
      .poll(() => details(page).locator('.abstract').textContent(), WAIT)
      .toBe('No abstract.');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
