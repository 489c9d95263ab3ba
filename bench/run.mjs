#!/usr/bin/env node
/*
 * `npm run bench`: how fast the widget renders, against the limit of the same markup and styles
 * without a script. Builds dist/, serves the repository on 127.0.0.1, drives Debian's Chromium with
 * playwright-core, prints tables and writes bench/results/latest.json. Timings are printed, never
 * asserted (see BENCHMARKS.md).
 *
 *   npm run bench                 # the full run, about 4 minutes on 2 cores
 *   npm run bench -- --quick      # fewer samples, no profile (unless --profile): about 1.5 minutes
 *   npm run bench -- --no-build   # use dist/ as it is
 *   npm run bench -- --no-profile # skip the CPU profile of the 1,000-meeting project
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildWithSourceMaps } from './lib/build.mjs';
import { topFunctions } from './lib/profile.mjs';
import { startServer } from './lib/server.mjs';
import { HEADLESS_ARGS, findChrome } from '../scripts/find-chrome.mjs';
import { median, medianCI, ratioCI } from './lib/stats.mjs';

const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const RESULTS = join(ROOT, 'bench/results');
// The bench serves its own copy of dist/ (as /dist/), so that a rebuild by someone else mid-run cannot pull files away.
const DIST = join(RESULTS, 'dist');
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    'no-build': { type: 'boolean' },
    profile: { type: 'boolean' },
    'no-profile': { type: 'boolean' },
  },
});
const quick = Boolean(options.quick);
const started = Date.now();

/** Sizes: meetings and partners. `demo` is demo/evolaq.json itself; 500 is there for the growth check. */
const SIZES = [
  { key: 'demo', meetings: 'demo', partners: 9, label: '9 / 9 (demo)', samples: 30, switches: 20, warmup: 3 },
  { key: 'm100', meetings: 100, partners: 100, label: '100 / 100', samples: 30, switches: 20, warmup: 3 },
  { key: 'm500', meetings: 500, partners: 500, label: '500 / 500', samples: 12, switches: 10, warmup: 2 },
  { key: 'm1000', meetings: 1000, partners: 500, label: '1,000 / 500', samples: 12, switches: 10, warmup: 2 },
  { key: 'm5000', meetings: 5000, partners: 500, label: '5,000 / 500', samples: 5, switches: 6, warmup: 1 },
];
const QUICK = { demo: [8, 4], m100: [8, 4], m500: [3, 3], m1000: [4, 3], m5000: [2, 2] };
if (quick) for (const size of SIZES) [size.samples, size.switches, size.warmup] = [...QUICK[size.key], 1];

/**
 * What is rendered: the timeline (default page size: 20 meetings laid out, the rest in the DOM with
 * `hidden="until-found"`), the timeline with every meeting laid out, and the whole project.
 * Every meeting laid out at 5,000 takes seconds even for the static copy, with a spread that says
 * more about the machine than about us: left out there.
 */
const VARIANTS = [
  { id: 'timeline', kind: 'timeline', label: '<evolaq-timeline>' },
  { id: 'timeline-all', kind: 'timeline', pageSize: 100000, label: '<evolaq-timeline page-size=all>', skip: ['demo', 'm5000'] },
  { id: 'project', kind: 'project', label: '<evolaq-project>' },
];
const TARGETS = { demo: 2.5, m1000: 1.5 };
const NAVIGATION_SIZES = ['demo', 'm100'];
const NAVIGATION_SAMPLES = quick ? 4 : 20;
const SLOW_PHONE_SAMPLES = quick ? 3 : 8;
const GROWTH_LIMIT = 11;

const CHROME_ARGS = [...HEADLESS_ARGS, '--js-flags=--expose-gc'];
const VIEWPORT = { width: 1280, height: 900 };

function log(message) {
  const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[${seconds} s] ${message}\n`);
}

function build() {
  if (options['no-build']) {
    if (!existsSync(join(ROOT, 'dist/esm/evolaq-widget.js')))
      throw new Error('--no-build, but dist/ has no build: run npm run build');
    return;
  }
  log('npm run build');
  const run = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    throw new Error('npm run build failed');
  }
}

function snapshotDist() {
  rmSync(DIST, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), DIST, { recursive: true });
}

/** Every dist/ file, raw and gzip -9, and what a visitor downloads first. */
function distSizes() {
  const dist = DIST;
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.js')) {
        const body = readFileSync(path);
        files.push({ file: `dist/${relative(dist, path)}`, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
      }
    }
  };
  walk(dist);
  const byName = new Map(files.map((f) => [f.file, f]));
  // The ES entry and every chunk it imports statically, transitively: what an English page loads first.
  const firstLoad = new Set();
  const visit = (file) => {
    if (firstLoad.has(file) || !byName.has(file)) return;
    firstLoad.add(file);
    const code = readFileSync(join(RESULTS, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(relative(RESULTS, join(RESULTS, file, '..', m[1])));
    }
  };
  visit('dist/esm/evolaq-widget.js');
  const sum = (list, key) => list.reduce((total, f) => total + f[key], 0);
  const group = (name, test) => {
    const list = files.filter((f) => test(f.file));
    const gz = list.map((f) => f.gzip);
    return list.length
      ? {
          name,
          count: list.length,
          bytes: sum(list, 'bytes'),
          gzip: sum(list, 'gzip'),
          gzipMin: Math.min(...gz),
          gzipMax: Math.max(...gz),
        }
      : undefined;
  };
  const first = [...firstLoad].map((f) => byName.get(f));
  return {
    files,
    iife: byName.get('dist/evolaq-widget.js'),
    esFirstLoad: { files: [...firstLoad], bytes: sum(first, 'bytes'), gzip: sum(first, 'gzip') },
    groups: [
      group('dist/esm/locales/*.js (ES build, one per language, loaded when chosen)', (f) => f.startsWith('dist/esm/locales/')),
      group('dist/locales/*.js (for the single file: the languages it does not hold)', (f) => f.startsWith('dist/locales/')),
    ].filter(Boolean),
  };
}

/** Which source was measured: the commit, and whether src/ had uncommitted changes. */
function sourceState() {
  const git = (...args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const commit = git('rev-parse', '--short', 'HEAD');
  const changed = git('status', '--porcelain', '--', 'src').split('\n').filter(Boolean).length;
  return commit ? `${commit}${changed ? ` + ${changed} uncommitted file(s) in src/` : ''}` : 'unknown';
}

async function openRenderPage(browser, origin, query = '') {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on('pageerror', (error) => log(`page error: ${error.message}`));
  await page.goto(`${origin}/bench/pages/render.html${query}`);
  await page.waitForFunction(() => window.bench?.ready, undefined, { timeout: 60000 });
  return page;
}

const call = (page, method, ...args) => page.evaluate(([m, a]) => window.bench[m](...a), [method, args]);

function summary(samples) {
  const of = (key) => samples.map((s) => s[key]);
  return {
    ...medianCI(of('total')),
    build: median(of('build')),
    layout: median(of('layout')),
    failed: samples.filter((s) => !s.ok).length,
  };
}

/** First renders: widget and static copy alternated (A B, B A, …) after a warm-up, per size and variant. */
async function renderPhase(browser, origin) {
  const rows = [];
  const parse = [];
  const documents = {};
  const navigation = {};
  for (const size of SIZES) {
    const page = await openRenderPage(browser, origin);
    const info = await call(page, 'prepare', size.key, size.meetings, size.partners);
    if (info.errors.length) throw new Error(`bench data ${size.key} has errors: ${info.errors.join('; ')}`);
    documents[size.key] = info;
    for (const variant of VARIANTS) {
      if (variant.skip?.includes(size.key)) continue;
      const args = [variant.kind, size.key, variant.pageSize];
      const captured = await call(page, 'capture', ...args);
      const widget = [];
      const copy = [];
      for (let i = 0; i < size.warmup + size.samples; i++) {
        const order = i % 2 ? ['static', 'widget'] : ['widget', 'static'];
        for (const side of order) {
          const sample = await call(page, side, ...args);
          if (i >= size.warmup) (side === 'widget' ? widget : copy).push(sample);
        }
      }
      const row = {
        size: size.key,
        label: size.label,
        variant: variant.id,
        element: variant.label,
        meetings: info.meetings,
        partners: info.partners,
        nodes: captured.nodes,
        markupChars: captured.chars,
        widget: summary(widget),
        static: summary(copy),
        ratio: ratioCI(
          widget.map((s) => s.total),
          copy.map((s) => s.total),
        ),
        target: variant.id === 'timeline-all' ? undefined : TARGETS[size.key],
        samples: { widget: widget.map((s) => s.total), static: copy.map((s) => s.total) },
      };
      rows.push(row);
      log(
        `render ${variant.id.padEnd(12)} ${size.label.padEnd(13)} widget ${fmt(row.widget.median)} ms, static ${fmt(row.static.median)} ms, ratio ${row.ratio.ratio.toFixed(2)}`,
      );
    }
    const parseSamples = [];
    for (let i = 0; i < size.warmup + Math.min(size.samples, 10); i++) {
      const sample = await call(page, 'parse', size.key);
      if (i >= size.warmup) parseSamples.push(sample.total);
    }
    parse.push({ size: size.key, label: size.label, jsonBytes: info.jsonBytes, ...medianCI(parseSamples) });
    if (NAVIGATION_SIZES.includes(size.key)) navigation[size.key] = await call(page, 'navigationPage', size.key);
    await page.close();
  }
  return { rows, parse, documents, navigation };
}

/** In both navigation pages' head: the long tasks from the start, for the slow-phone measure. */
const LONG_TASKS = `<script>
      window.benchLongTasks = [];
      new PerformanceObserver((list) => {
        for (const task of list.getEntries()) window.benchLongTasks.push([task.startTime, task.duration]);
      }).observe({ type: 'longtask' });
    </script>`;

/** The navigation pages, from the templates in bench/pages/, served from memory. */
function writeNavigationPages(navigation, script) {
  for (const [key, nav] of Object.entries(navigation)) {
    const fill = (template, markup) =>
      template
        .replace('src="/dist/evolaq-widget.js"', `src="${script}"`)
        .replaceAll('{{LAST_ID}}', nav.lastId)
        .replaceAll('{{NOW}}', nav.now)
        .replace('{{LONG_TASKS}}', LONG_TASKS)
        .replace('{{JSON}}', () => nav.json.replace(/</g, '\\u003c'))
        .replace('{{MARKUP}}', () => markup);
    navigationPages.set(
      `/generated/nav-widget-${key}.html`,
      fill(readFileSync(join(ROOT, 'bench/pages/nav-widget.html'), 'utf8'), ''),
    );
    navigationPages.set(
      `/generated/nav-static-${key}.html`,
      fill(readFileSync(join(ROOT, 'bench/pages/nav-static.html'), 'utf8'), nav.markup),
    );
  }
}

/** Whether a single-file script defines the elements when a page loads it. */
async function definesElements(browser, origin, script) {
  navigationPages.set(
    '/generated/single-file-check.html',
    `<!doctype html><html lang="en"><body><script src="${script}"></script></body></html>`,
  );
  const page = await browser.newPage();
  await page.goto(`${origin}/generated/single-file-check.html`);
  const defined = await page.evaluate(() => Boolean(customElements.get('evolaq-project')));
  await page.close();
  return defined;
}

/** The script the navigation pages load: dist/evolaq-widget.js, which must define the elements. */
async function navigationScript(browser, origin) {
  const script = '/dist/evolaq-widget.js';
  if (!(await definesElements(browser, origin, script))) {
    throw new Error('dist/evolaq-widget.js defines no elements: the build is broken (see test/embed.test.ts)');
  }
  return { script };
}

/** Language switches of a rendered project (lv, de, lv, …), each compared with that size's first render. */
async function switchPhase(browser, origin, renderRows) {
  const rows = [];
  for (const size of SIZES) {
    const page = await openRenderPage(browser, origin);
    await call(page, 'prepare', size.key, size.meetings, size.partners);
    await call(page, 'mountForSwitch', size.key);
    const samples = [];
    // Two warm-up switches load the lv and de messages.
    for (let i = 0; i < 2 + size.switches; i++) {
      const sample = await call(page, 'switchLanguage', i % 2 ? 'de' : 'lv');
      if (i >= 2) samples.push(sample);
    }
    await call(page, 'unmountSwitch');
    await page.close();
    const first = renderRows.find((r) => r.size === size.key && r.variant === 'project');
    const row = {
      size: size.key,
      label: size.label,
      switch: summary(samples),
      firstRender: first.widget.median,
      ratio: ratioCI(
        samples.map((s) => s.total),
        first.samples.widget,
      ),
      target: 0.5,
    };
    rows.push(row);
    log(
      `switch ${size.label.padEnd(13)} ${fmt(row.switch.median)} ms, first render ${fmt(row.firstRender)} ms, ratio ${row.ratio.ratio.toFixed(2)}`,
    );
  }
  return rows;
}

/** From navigation start to the frame that paints the last meeting, widget page and static page alternated, each in a fresh browser context. */
/**
 * One first visit of a generated navigation page in a fresh browser context: what the probe
 * reports (bench/pages/nav-probe.js), and the errors. `cpuSlowdown` slows the CPU as DevTools does.
 */
async function visit(browser, url, { viewport = VIEWPORT, cpuSlowdown = 1 } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  let result;
  try {
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    }
    // The probe says when it is done: polling the page with waitForFunction evaluated
    // Playwright's script on the main thread while the page loaded (about 20 ms), and on the
    // widget page that landed before the frame measured.
    const reported = new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no bench-navigation message in 30 s')), 30000);
      page.on('console', (message) => {
        const text = message.text();
        if (!text.startsWith('bench-navigation ')) return;
        clearTimeout(timer);
        resolve(JSON.parse(text.slice('bench-navigation '.length)));
      });
    });
    await page.goto(url, { waitUntil: 'commit' });
    result = await reported;
  } catch (error) {
    errors.push(error.message.split('\n')[0]);
  }
  await context.close();
  return { result, errors };
}

async function navigationPhase(browser, origin, documents, problems) {
  const rows = [];
  for (const key of NAVIGATION_SIZES) {
    const failures = [];
    const sides = { widget: [], static: [] };
    const lcp = { widget: [], static: [] };
    const marks = { scriptStart: [], scriptEnd: [], dataRead: [] };
    for (let i = 0; i < 1 + NAVIGATION_SAMPLES; i++) {
      for (const side of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
        const { result, errors } = await visit(browser, `${origin}/generated/nav-${side}-${key}.html`);
        if (!result?.found) {
          // Counted and reported, not fatal: one bad load should not cost the rest of the run.
          failures.push(`${side}${errors.length ? ` (${errors[0]})` : ''}`);
          log(`navigation ${side} ${key}: the last meeting never appeared${errors.length ? `: ${errors[0]}` : ''}`);
          continue;
        }
        if (i === 0) continue; // warm-up: the server's and the browser's first request
        sides[side].push(result.painted);
        if (result.lcp !== undefined) lcp[side].push(result.lcp);
        for (const [name, list] of Object.entries(marks)) if (result[name] !== undefined) list.push(result[name]);
      }
    }
    const size = SIZES.find((s) => s.key === key);
    if (failures.length)
      problems.push(`navigation ${size.label}: ${failures.length} load(s) never showed the last meeting: ${failures.join('; ')}`);
    if (sides.widget.length < 3 || sides.static.length < 3) continue;
    const row = {
      failures: failures.length,
      size: key,
      label: size.label,
      meetings: documents[key].meetings,
      widget: medianCI(sides.widget),
      static: medianCI(sides.static),
      ratio: ratioCI(sides.widget, sides.static),
      widgetMarks: Object.fromEntries(
        Object.entries(marks)
          .filter(([, list]) => list.length)
          .map(([name, list]) => [name, medianCI(list)]),
      ),
      lcp:
        lcp.widget.length && lcp.static.length
          ? { widget: medianCI(lcp.widget), static: medianCI(lcp.static), ratio: ratioCI(lcp.widget, lcp.static) }
          : undefined,
      pageBytes: {
        widget: Buffer.byteLength(navigationPages.get(`/generated/nav-widget-${key}.html`)),
        static: Buffer.byteLength(navigationPages.get(`/generated/nav-static-${key}.html`)),
      },
    };
    rows.push(row);
    log(
      `navigation ${size.label.padEnd(13)} widget ${fmt(row.widget.median)} ms, static ${fmt(row.static.median)} ms, ratio ${row.ratio.ratio.toFixed(2)}`,
    );
  }
  return rows;
}

/**
 * A first visit on a slow phone: the demo's page with the CPU slowed four times (as Lighthouse's
 * mobile run does) in a phone's width. Long tasks (over 50 ms) are what keeps a page from answering
 * a tap: their total beyond 50 ms each until the last meeting is painted (Lighthouse's total
 * blocking time, counted from navigation) and the longest one, widget page against static page.
 */
async function slowPhonePhase(browser, origin, problems) {
  const sides = { widget: [], static: [] };
  for (let i = 0; i < 1 + SLOW_PHONE_SAMPLES; i++) {
    for (const side of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
      const { result, errors } = await visit(browser, `${origin}/generated/nav-${side}-demo.html`, {
        viewport: { width: 412, height: 915 },
        cpuSlowdown: 4,
      });
      if (!result?.found) {
        problems.push(`slow phone ${side}: the last meeting never appeared${errors.length ? `: ${errors[0]}` : ''}`);
        continue;
      }
      if (i === 0) continue;
      const tasks = result.longTasks.filter(([start]) => start < result.painted);
      sides[side].push({
        painted: result.painted,
        blocking: tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0),
        longest: Math.max(0, ...tasks.map(([, duration]) => duration)),
      });
    }
  }
  const measure = (side, name) => medianCI(sides[side].map((sample) => sample[name]));
  const row = Object.fromEntries(
    ['painted', 'blocking', 'longest'].map((name) => [
      name,
      { widget: measure('widget', name), static: measure('static', name) },
    ]),
  );
  log(
    `slow phone: blocking ${fmt(row.blocking.widget.median)} ms (static ${fmt(row.blocking.static.median)}), longest task ${fmt(row.longest.widget.median)} ms`,
  );
  return row;
}

/**
 * Where the time goes at 1,000 meetings, for a first render of <evolaq-project> and for a language
 * switch: Chrome's own accounting (script, style, layout) and a CPU profile mapped to the sources.
 */
async function profilePhase(browser, origin) {
  const outDir = join(RESULTS, 'profile-build');
  log('profile: building with source maps');
  await buildWithSourceMaps(ROOT, outDir);
  const page = await openRenderPage(browser, origin, `?build=/${relative(ROOT, outDir)}/evolaq-widget.js`);
  const size = SIZES.find((s) => s.key === 'm1000');
  await call(page, 'prepare', size.key, size.meetings, size.partners);
  await call(page, 'capture', 'project', size.key);
  for (let i = 0; i < 3; i++) await call(page, 'widget', 'project', size.key);
  const cdp = await page.context().newCDPSession(page);
  const RUNS = 5;
  const urlToFile = (url) => {
    if (!url.startsWith(origin)) return undefined;
    const file = join(ROOT, new URL(url).pathname);
    return existsSync(file) ? file : undefined;
  };
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const account = async (run) => {
    await cdp.send('Performance.enable');
    const before = await metrics();
    const totals = [];
    for (let i = 0; i < RUNS; i++) totals.push((await run(i)).total);
    const after = await metrics();
    await cdp.send('Performance.disable');
    const per = (name) => ((after[name] - before[name]) * 1000) / RUNS;
    const measured = median(totals);
    const style = per('RecalcStyleDuration');
    const layout = per('LayoutDuration');
    return { measured, style, layout, rest: measured - style - layout };
  };
  // The page wraps each timed window in console.profile(), so the harness's own work (copying the
  // data, gc()) stays out of the profile; garbage collection during the render stays in.
  const profile = async (name, run) => {
    const profiles = [];
    const onProfile = (event) => profiles.push(event.profile);
    cdp.on('Profiler.consoleProfileFinished', onProfile);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await call(page, 'setProfiling', true);
    for (let i = 0; i < RUNS; i++) await run(i);
    await call(page, 'setProfiling', false);
    await cdp.send('Profiler.disable');
    cdp.off('Profiler.consoleProfileFinished', onProfile);
    const file = `bench/results/${name}.cpuprofile`;
    writeFileSync(join(ROOT, file), JSON.stringify(profiles[profiles.length - 1]));
    return { ...topFunctions(profiles, urlToFile, ROOT, 15), windows: profiles.length, cpuprofile: file };
  };

  const firstRender = () => call(page, 'widget', 'project', size.key);
  const breakdown = {
    widget: await account(firstRender),
    static: await account(() => call(page, 'static', 'project', size.key)),
  };
  const first = await profile('project-1000-first-render', firstRender);

  await call(page, 'mountForSwitch', size.key);
  const switchOnce = (i) => call(page, 'switchLanguage', i % 2 ? 'de' : 'lv');
  await switchOnce(0);
  await switchOnce(1);
  breakdown.switch = await account(switchOnce);
  const languageSwitch = await profile('project-1000-language-switch', switchOnce);
  await call(page, 'unmountSwitch');
  await page.close();
  return { runs: RUNS, breakdown, firstRender: first, languageSwitch };
}

function growth(renderRows, switchRows) {
  const rows = [];
  const add = (series, small, large) => {
    if (small === undefined || large === undefined) return;
    rows.push({ series, t500: small, t5000: large, ratio: large / small, limit: GROWTH_LIMIT });
  };
  for (const variant of VARIANTS) {
    const at = (key) => renderRows.find((r) => r.size === key && r.variant === variant.id);
    add(`${variant.label}, widget`, at('m500')?.widget.median, at('m5000')?.widget.median);
    add(`${variant.label}, static copy`, at('m500')?.static.median, at('m5000')?.static.median);
  }
  const sw = (key) => switchRows.find((r) => r.size === key)?.switch.median;
  add('language switch of <evolaq-project>', sw('m500'), sw('m5000'));
  return rows;
}

// ---- printing ----

const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const ci = (s) => `${fmt(s.median)} [${fmt(s.low)}–${fmt(s.high)}]`;
const ratioText = (r) => `${r.ratio.toFixed(2)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]`;
const verdict = (value, limit) => (limit === undefined ? '' : value <= limit ? '✓' : '✗');

function table(title, headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [`\n${title}\n`, line(headers), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function report(results) {
  const out = [];
  const { machine } = results;
  out.push(
    `EVOLAQ benchmark: ${machine.chromium}, node ${machine.node}, ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB${quick ? ' (--quick)' : ''}`,
  );
  out.push(
    `Source: ${machine.source}; ${results.date}; load average (1 min) ${machine.loadBefore.toFixed(2)} before, ${machine.loadAfter.toFixed(2)} after`,
  );
  for (const problem of results.problems) out.push(`PROBLEM: ${problem}`);
  out.push('Times in ms: median [95% bootstrap CI]. Ratio = widget median / static median, with its CI.');
  out.push(
    table(
      'First render: create, set .data (validation included), append, every element updated, last meeting in the DOM, layout',
      ['element', 'meetings / partners', 'DOM nodes', 'widget', 'static copy', 'widget/static', 'target', ''],
      results.render.map((r) => [
        r.element,
        r.label,
        r.nodes.toLocaleString('en'),
        ci(r.widget),
        ci(r.static),
        ratioText(r.ratio),
        r.target === undefined ? '' : `≤ ${r.target}`,
        verdict(r.ratio.ratio, r.target),
      ]),
    ),
  );
  out.push(
    table(
      'Where first-render time goes (medians, ms): script+DOM until the last meeting exists, then style+layout',
      ['element', 'meetings / partners', 'widget build', 'widget layout', 'static parse', 'static layout', 'validation alone'],
      results.render.map((r) => [
        r.element,
        r.label,
        fmt(r.widget.build),
        fmt(r.widget.layout),
        fmt(r.static.build),
        fmt(r.static.layout),
        r.variant === 'project' ? fmt(results.parse.find((p) => p.size === r.size).median) : '',
      ]),
    ),
  );
  out.push(
    table(
      'Language switch of a rendered <evolaq-project> (setLanguage lv/de alternately, every element updated, layout)',
      ['meetings / partners', 'switch', 'first render', 'switch/first', 'target', ''],
      results.switch.map((r) => [
        r.label,
        ci(r.switch),
        fmt(r.firstRender),
        ratioText(r.ratio),
        `≤ ${r.target}`,
        verdict(r.ratio.ratio, r.target),
      ]),
    ),
  );
  out.push(
    table(
      `Navigation to painted (ms from navigation start; fresh browser context, no HTTP cache): ${results.navigationScript} + JSON in the page vs static HTML with DSD`,
      ['meetings / partners', 'measure', 'widget page', 'static page', 'widget/static', 'HTML bytes widget / static'],
      results.navigation.flatMap((r) => [
        [
          r.label,
          'last meeting painted',
          ci(r.widget),
          ci(r.static),
          ratioText(r.ratio),
          `${r.pageBytes.widget.toLocaleString('en')} / ${r.pageBytes.static.toLocaleString('en')}`,
        ],
        ...(r.lcp ? [['', 'largest contentful paint', ci(r.lcp.widget), ci(r.lcp.static), ratioText(r.lcp.ratio), '']] : []),
        ...[
          ['scriptStart', 'widget page: script tag reached'],
          ['scriptEnd', 'widget page: script fetched and run'],
          ['dataRead', 'widget page: data read (evolaq-load)'],
        ]
          .filter(([name]) => r.widgetMarks[name])
          .map(([name, text]) => ['', text, ci(r.widgetMarks[name]), '', '', '']),
      ]),
    ),
  );
  if (results.slowPhone) {
    const { painted, blocking, longest } = results.slowPhone;
    out.push(
      table(
        'A first visit on a slow phone: the demo page, CPU slowed 4 times, 412 px wide (ms; tasks until the last meeting is painted)',
        ['measure', 'widget page', 'static page'],
        [
          ['last meeting painted', ci(painted.widget), ci(painted.static)],
          ['blocking time (each long task beyond 50 ms, summed)', ci(blocking.widget), ci(blocking.static)],
          ['longest task', ci(longest.widget), ci(longest.static)],
        ],
      ),
    );
  }
  out.push(
    table(
      `Growth: time at 5,000 meetings / time at 500 (500 partners both; linear means ≤ ${GROWTH_LIMIT})`,
      ['series', '500', '5,000', 'ratio', 'limit', ''],
      results.growth.map((g) => [
        g.series,
        fmt(g.t500),
        fmt(g.t5000),
        g.ratio.toFixed(2),
        `≤ ${g.limit}`,
        verdict(g.ratio, g.limit),
      ]),
    ),
  );
  const { sizes } = results;
  out.push(
    table(
      'Build sizes (bytes; gzip -9)',
      ['file', 'bytes', 'gzip'],
      [
        [
          'dist/evolaq-widget.js (the single script: Lit, every element, the partner languages)',
          sizes.iife.bytes.toLocaleString('en'),
          sizes.iife.gzip.toLocaleString('en'),
        ],
        [
          `ES build, first load in English (entry + ${sizes.esFirstLoad.files.length - 1} chunks it imports)`,
          sizes.esFirstLoad.bytes.toLocaleString('en'),
          sizes.esFirstLoad.gzip.toLocaleString('en'),
        ],
        ...sizes.groups.map((g) => [
          `${g.name}: ${g.count} files`,
          `${g.bytes.toLocaleString('en')} in all`,
          `${g.gzipMin.toLocaleString('en')}–${g.gzipMax.toLocaleString('en')} each`,
        ]),
      ],
    ),
  );
  if (results.profile) {
    const p = results.profile;
    const b = p.breakdown;
    out.push(
      table(
        `Chrome's own accounting, <evolaq-project> with 1,000 meetings (mean per run of ${p.runs}, ms)`,
        ['run', 'measured (median)', 'style recalc', 'layout', 'the rest: script, DOM building, GC'],
        [
          ['widget first render', b.widget],
          ['static copy', b.static],
          ['language switch', b.switch],
        ].map(([name, m]) => [name, fmt(m.measured), fmt(m.style), fmt(m.layout), fmt(m.rest)]),
      ),
    );
    for (const [title, prof] of [
      ['first renders', p.firstRender],
      ['language switches', p.languageSwitch],
    ]) {
      out.push(
        table(
          `CPU profile, <evolaq-project> with 1,000 meetings, ${prof.windows} ${title} (${fmt(prof.totalMs)} ms sampled in the timed windows): self time by source`,
          ['source', 'ms', 'share'],
          prof.files.map((f) => [f.file, fmt(f.ms), `${(f.share * 100).toFixed(1)} %`]),
        ),
      );
      out.push(
        table(
          `Top functions by self time (${title})`,
          ['function', 'where', 'ms', 'share', 'source line'],
          prof.functions.map((f) => [f.name, f.where, fmt(f.ms), `${(f.share * 100).toFixed(1)} %`, (f.text ?? '').slice(0, 70)]),
        ),
      );
    }
    out.push(
      `\nOne window of each, for DevTools (Performance → load profile): ${p.firstRender.cpuprofile}, ${p.languageSwitch.cpuprofile}`,
    );
  }
  out.push(`\nBench run time: ${results.runSeconds.toFixed(0)} s. Results: bench/results/latest.json`);
  return out.join('\n');
}

// ---- main ----

const navigationPages = new Map();

async function main() {
  build();
  mkdirSync(RESULTS, { recursive: true });
  snapshotDist();
  const sizes = distSizes();
  const server = await startServer(ROOT, { mounts: { '/dist/': DIST }, generated: navigationPages });
  const browser = await chromium.launch({
    executablePath: findChrome(),
    args: CHROME_ARGS,
  });
  const results = {};
  try {
    results.machine = {
      chromium: `Chromium ${browser.version()}`,
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown CPU',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.type()} ${os.release()}`,
      source: sourceState(),
      loadBefore: os.loadavg()[0],
    };
    results.date = new Date().toISOString();
    results.quick = quick;
    const { rows, parse, documents, navigation } = await renderPhase(browser, server.origin);
    results.render = rows;
    results.parse = parse;
    results.documents = documents;
    results.switch = await switchPhase(browser, server.origin, rows);
    const { script } = await navigationScript(browser, server.origin);
    results.navigationScript = script;
    results.problems = [];
    writeNavigationPages(navigation, script);
    results.navigation = await navigationPhase(browser, server.origin, documents, results.problems);
    results.slowPhone = await slowPhonePhase(browser, server.origin, results.problems);
    results.growth = growth(rows, results.switch);
    results.sizes = sizes;
    if ((!quick || options.profile) && !options['no-profile']) results.profile = await profilePhase(browser, server.origin);
  } finally {
    await browser.close();
    await server.close();
  }
  results.runSeconds = (Date.now() - started) / 1000;
  results.machine.loadAfter = os.loadavg()[0];
  const failed = results.render.filter((r) => r.widget.failed || r.static.failed);
  writeFileSync(join(RESULTS, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(report(results));
  for (const problem of results.problems) console.log(`\nPROBLEM: ${problem}`);
  if (failed.length)
    console.log(
      `\nWARNING: some samples did not show the last meeting: ${failed.map((r) => `${r.variant} ${r.size}`).join(', ')}`,
    );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
