// Test runner: real headless Chromium (Debian's), TypeScript through esbuild, and a few
// commands the tests need that the browser cannot do for itself (time zone, CSP pages).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, missingChromeMessage } from './scripts/find-chrome.mjs';
import { timezonePlugin, cspPlugin } from './test/support/server-plugins.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage());
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), timezonePlugin(), cspPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          // Test files run side by side in tabs; a tab in the background must not lose its frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
