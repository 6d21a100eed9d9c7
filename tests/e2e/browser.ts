import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome, OFFLINE_FLAGS } from '../../scripts/chromium';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, expect, inject } from 'vitest';

/** Launches headless Chromium with the flags that keep it off the network. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: OFFLINE_FLAGS,
  });
}

/** The test file's browser: launched before its tests, closed after them. */
export interface SharedBrowser {
  readonly current: Browser;
}

/** Registers the hooks that launch and close one browser for the calling test file. */
export function browserForFile(): SharedBrowser {
  const shared: { current?: Browser } = {};
  beforeAll(async () => {
    shared.current = await launchBrowser();
  });
  afterAll(async () => {
    await shared.current?.close();
  });
  return shared as SharedBrowser;
}

/** A page whose console errors and uncaught exceptions are collected for `expectNoErrors`. */
export interface AppPage {
  page: Page;
  errors: string[];
}

/** Opens the app (with an optional query string) and waits for `app:ready`. */
export async function openApp(
  browser: SharedBrowser,
  query = '',
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    waitReady?: boolean;
    /** Runs before the navigation, e.g. to answer requests with `page.route`. */
    prepare?: (page: Page) => Promise<void>;
  } = {},
): Promise<AppPage> {
  const context = await browser.current.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await options.prepare?.(page);
  await page.goto(`${inject('baseUrl')}${query}`);
  if (options.waitReady !== false) {
    await page.waitForFunction(() => performance.getEntriesByName('app:ready').length > 0, null, {
      timeout: 20_000,
    });
  }
  return { page, errors };
}

/** Fails with the axe-core violations, if any, listed by rule and target. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary).toEqual([]);
}
