// Prints each built file's size, raw and gzip -9, as a webmaster's visitors would download it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
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
