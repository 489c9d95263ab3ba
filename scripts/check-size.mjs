// Size budgets, checked in CI after the build (gzip -9 bytes). A budget is the most a file may
// weigh before CI fails: today's size plus a little room, so that growth is a decision, not an
// accident. The target column is where we want to be (see BENCHMARKS.md); it is reported, not enforced.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const gzip = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

/** An ES entry and every chunk it imports statically: what a page using it downloads first. */
function withStaticImports(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g)) {
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
    }
  };
  visit(join(dist, entry));
  return [...seen];
}

const languageFiles = (dir) =>
  readdirSync(join(dist, dir))
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(dist, dir, name));

/** What <evolaq-map> adds to the single file: the single file, less one built without the map. */
function mapBytes() {
  const vite = new URL('../node_modules/vite/bin/vite.js', import.meta.url).pathname;
  execFileSync(process.execPath, [vite, 'build', '--mode', 'no-map', '--logLevel', 'error'], {
    cwd: new URL('..', import.meta.url).pathname,
    stdio: 'inherit',
  });
  return gzip(join(dist, 'evolaq-widget.js')) - gzip(join(tmpdir(), 'evolaq-no-map', 'evolaq-widget.js'));
}

const checks = [
  {
    what: 'dist/evolaq-widget.js (7 languages, map, all elements)',
    bytes: gzip(join(dist, 'evolaq-widget.js')),
    budget: 41_300,
    target: 28_672,
  },
  {
    what: 'the map in it (<evolaq-map>, geometry, styles)',
    bytes: mapBytes(),
    budget: 6_144,
    target: 6_144,
  },
  {
    what: 'ES entry with its static chunks (English; map included)',
    bytes: withStaticImports('esm/evolaq-widget.js').reduce((sum, file) => sum + gzip(file), 0),
    budget: 38_400,
    target: 14_336,
  },
  ...languageFiles('locales').map((file) => ({
    what: `language file ${relative(dist, file)}`,
    bytes: gzip(file),
    budget: 2_048,
    target: 2_048,
  })),
];

let over = 0;
const width = Math.max(...checks.map((check) => check.what.length));
console.log(`${'what'.padEnd(width)}  ${'gzip'.padStart(7)}  ${'budget'.padStart(7)}  ${'target'.padStart(7)}`);
for (const check of checks) {
  const flag = check.bytes > check.budget ? '  OVER BUDGET' : check.bytes > check.target ? '  (above target)' : '';
  if (check.bytes > check.budget) over++;
  console.log(
    `${check.what.padEnd(width)}  ${String(check.bytes).padStart(7)}  ${String(check.budget).padStart(7)}  ${String(check.target).padStart(7)}${flag}`,
  );
}
if (over) {
  console.error(`\n${over} file(s) over their size budget.`);
  process.exit(1);
}
console.log('\nAll files within their size budgets.');
