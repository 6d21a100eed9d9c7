// Where the browser tests and the benchmark find Chromium, and the flags that keep it offline.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The features playwright-core (1.65.1, pinned) turns off itself. Chromium keeps only the last
 * `--disable-features` on its command line, so ours has to repeat them or it would turn them
 * back on (PaintHolding among them, which changes when a new page first paints).
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The address bar's suggestion popup, drawn as a web page. Headless Chromium opens a window for
 * every new browser context and loads these pages in a renderer of their own while the tab loads:
 * a few hundred milliseconds of CPU on the same two cores as the page under test, through its
 * load and first clicks. A user's browser does this when a window opens, not for each page
 * visited in it. Both must be off: with either one left on, the page still shares the cores.
 */
export const BROWSER_UI_FEATURES_OFF = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

/** One `--disable-features` switch: Playwright's own features plus `extra`. */
export function disableFeaturesFlag(extra: readonly string[] = []): string {
  return `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...extra].join(',')}`;
}

/** Flags for headless Chromium on a machine without a network: no sandbox (root), no GPU, no calls home. */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  disableFeaturesFlag(BROWSER_UI_FEATURES_OFF),
];

/** Finds a Chromium: CHROME_PATH first, then the usual system locations. */
export function findChrome(purpose = 'the browser tests'): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found for ${purpose}. Install one (Debian/Ubuntu: \`sudo apt-get install chromium\`) ` +
        'or set CHROME_PATH to a Chrome/Chromium executable.',
    );
  }
  return found;
}
