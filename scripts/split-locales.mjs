// Runs after `lit-localize build` (npm run localize:build): moves the messages about problems in
// the data (`problem.*`, `problems.*`, `count.problems.*`: for webmasters, nearly half of every language) out of each language
// module into src/i18n/generated/problems/xx.ts, which a page loads only when its data has a
// problem to show (src/elements/problems/texts.ts). Visitors of sound data never download them.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/i18n/generated/', import.meta.url));
const isProblem = (line) => /^\s*'(problem\.|problems\.|count\.problems\.)/.test(line);

for (const file of readdirSync(`${dir}locales`).filter((name) => name.endsWith('.ts'))) {
  const lines = readFileSync(`${dir}locales/${file}`, 'utf8').split('\n');
  const moved = lines.filter(isProblem);
  // Already split (the script ran twice, or lit-localize left the file as it was).
  if (moved.length === 0) continue;
  writeFileSync(`${dir}locales/${file}`, lines.filter((line) => !isProblem(line)).join('\n'));
  writeFileSync(
    `${dir}problems/${file}`,
    [
      "// Do not modify this file by hand! Written by scripts/split-locales.mjs from lit-localize's output.",
      '',
      "import {str} from '@lit/localize';",
      '',
      '/* eslint-disable no-irregular-whitespace */',
      '',
      'export const templates = {',
      ...moved.map((line) => line.trim()),
      '};',
      '',
    ].join('\n'),
  );
}
