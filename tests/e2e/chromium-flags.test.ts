import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { BROWSER_UI_FEATURES_OFF, findChrome, OFFLINE_FLAGS } from '../../scripts/chromium';

const FEATURES_SWITCH = '--disable-features=';

/** The command line Chromium was started with, as the browser itself reports it. */
async function browserCommandLine(): Promise<string[]> {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    // Only so the browser answers Browser.getBrowserCommandLine; it changes no feature.
    args: [...OFFLINE_FLAGS, '--enable-automation'],
  });
  try {
    const session = await browser.newBrowserCDPSession();
    return (await session.send('Browser.getBrowserCommandLine')).arguments;
  } finally {
    await browser.close();
  }
}

test('our --disable-features keeps every feature Playwright turns off and adds the browser UI ones', async () => {
  const lists = (await browserCommandLine())
    .filter((arg) => arg.startsWith(FEATURES_SWITCH))
    .map((arg) => arg.slice(FEATURES_SWITCH.length).split(','));
  // Playwright's own list comes first, ours last, and Chromium applies only the last one.
  expect(lists.length).toBeGreaterThanOrEqual(2);
  const applied = new Set(lists.at(-1));
  const dropped = lists.slice(0, -1).flatMap((list) => list.filter((f) => !applied.has(f)));
  expect(dropped).toEqual([]);
  expect(BROWSER_UI_FEATURES_OFF.filter((feature) => !applied.has(feature))).toEqual([]);
});
