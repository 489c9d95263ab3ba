// Prints each built file's size, raw and gzip -9, as a webmaster's visitors would download it, and
// writes the single file's Subresource Integrity hash to dist/integrity.json.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (path.endsWith('.js')) yield path;
  }
}

export function gzipSize(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

const rows = [...files(dist)].sort().map((path) => ({
  file: `dist/${relative(dist, path)}`,
  bytes: statSync(path).size,
  gzip: gzipSize(path),
}));
const width = Math.max(...rows.map((row) => row.file.length));
console.log(`${'file'.padEnd(width)}  ${'bytes'.padStart(8)}  ${'gzip'.padStart(8)}`);
for (const row of rows) {
  console.log(`${row.file.padEnd(width)}  ${String(row.bytes).padStart(8)}  ${String(row.gzip).padStart(8)}`);
}

const single = join(dist, 'evolaq-widget.js');
const integrity = `sha384-${createHash('sha384').update(readFileSync(single)).digest('base64')}`;
writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify({ 'evolaq-widget.js': integrity }, null, 2)}\n`);
console.log(`\nintegrity of dist/evolaq-widget.js: ${integrity}`);
