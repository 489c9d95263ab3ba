// Test runner: real headless Chromium (Debian's), TypeScript through esbuild, and a few
// commands the tests need that the browser cannot do for itself (time zone, CSP pages).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { build } from 'esbuild';
import { HEADLESS_ARGS, findChrome, missingChromeMessage } from './scripts/find-chrome.mjs';
import { cspPlugin, testApiMiddleware, timezonePlugin } from './test/support/server-plugins.mjs';

/**
 * ajv and ajv-formats (for test/schema.test.ts) are CommonJS that require() JSON, which the dev server cannot serve as
 * modules. So they are bundled once, on first request, with esbuild into one ES module (one ajv, shared by both), and
 * their entry files are served as re-exports of it.
 */
function ajvPlugin() {
  const bundlePath = '/__evolaq__/ajv.js';
  const facades = {
    '/node_modules/ajv/dist/2020.js': `export { Ajv2020 as default } from '${bundlePath}';`,
    '/node_modules/ajv-formats/dist/index.js': `export { addFormats as default } from '${bundlePath}';`,
  };
  const entry = "export { default as Ajv2020 } from 'ajv/dist/2020.js'; export { default as addFormats } from 'ajv-formats';";
  let bundle;
  const bundleAjv = async () => {
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), sourcefile: 'evolaq-ajv-entry.js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    return result.outputFiles[0].text;
  };
  return {
    name: 'evolaq-ajv',
    serve(context) {
      if (facades[context.path]) return { body: facades[context.path], type: 'js' };
      if (context.path === bundlePath) return (bundle ??= bundleAjv()).then((body) => ({ body, type: 'js' }));
    },
  };
}

const executablePath = findChrome();
if (!executablePath) {
  console.error(missingChromeMessage());
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testApiMiddleware],
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  // The whole run takes about 35 s: a hung page should fail CI in minutes, not use up its 15.
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }), timezonePlugin(), cspPlugin(), ajvPlugin()],
  browsers: [
    chromeLauncher({
      // Each test file's page in a window of its own (a browser context of its own opens one), so
      // every page is visible and draws frames: requestAnimationFrame and ResizeObserver run as
      // they do for a visitor, not only in whichever tab happens to be in front.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        args: [
          '--headless=new',
          ...HEADLESS_ARGS,
          // Test files run side by side in tabs; a tab in the background must not lose its frames and timers.
          '--disable-background-timer-throttling',
          '--disable-renderer-backgrounding',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    }),
  ],
};
