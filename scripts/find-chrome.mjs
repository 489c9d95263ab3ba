// Finds a Chromium or Chrome for the tests: CHROME_PATH first, then the usual install places.
import { existsSync } from 'node:fs';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a headless Chromium on a machine with no network but the package registries: without
 * the networking ones it floods the closed network with refused connections (TOOLCHAIN.md).
 */
export const HEADLESS_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return candidates.find((path) => existsSync(path));
}

export function missingChromeMessage() {
  const wanted = process.env.CHROME_PATH
    ? `CHROME_PATH is set to "${process.env.CHROME_PATH}", but there is no browser there.`
    : 'No Chromium or Chrome was found.';
  return [
    `The tests run in a real browser. ${wanted}`,
    'Install one, then run npm test again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  macOS:          install Google Chrome from its website',
    'or point CHROME_PATH at a Chromium-based browser: CHROME_PATH=/path/to/chrome npm test',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findChrome();
  if (path) console.log(path);
  else {
    console.error(missingChromeMessage());
    process.exit(1);
  }
}
