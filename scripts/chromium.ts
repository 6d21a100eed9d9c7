// Where the browser tests and the benchmark find Chromium, and the flags that keep it offline.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** Flags for headless Chromium on a machine without a network: no sandbox (root), no GPU, no calls home. */
export const OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
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
