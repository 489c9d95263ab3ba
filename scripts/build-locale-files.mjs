// Writes what dist/evolaq-widget.js imports from beside itself, as small ES modules: dist/locales/xx.js
// for every language it does not hold (when a visitor picks one), and its parts (when a page needs them).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { localeOfModule, messageIds, shortenLocaleKeys, shortenMessageIds } from './message-ids.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = JSON.parse(readFileSync(`${root}lit-localize.json`, 'utf8'));
const inside = Object.keys(
  Object.fromEntries(
    [...readFileSync(`${root}src/i18n/locale-loaders-single-file.ts`, 'utf8').matchAll(/^\s+(\w+): \(\) => import/gm)].map(
      (m) => [m[1], true],
    ),
  ),
);
const supplemented = ['ga', 'mt'];
const shim = `${root}scripts/locale-shim.js`;

const ids = messageIds();

const shimPlugin = {
  name: 'locale-shim',
  setup(build) {
    build.onResolve({ filter: /^(lit|@lit\/localize)$/ }, () => ({ path: shim }));
    // The same short message ids as the single file's msg() calls.
    build.onLoad({ filter: /[\\/]generated[\\/](locales|problems)[\\/]\w+\.ts$/ }, (args) => ({
      contents: shortenLocaleKeys(readFileSync(args.path, 'utf8'), ids, localeOfModule(args.path)),
      loader: 'ts',
    }));
    // The wording of problems calls msg() with short ids, and without the translators' notes.
    build.onLoad({ filter: /[\\/]problems[\\/]problem-text\.ts$/ }, (args) => ({
      contents: shortenMessageIds(readFileSync(args.path, 'utf8'), ids).replace(
        /,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g,
        '',
      ),
      loader: 'ts',
    }));
  },
};

/**
 * Writes one small ES module, bundled from `lines`, to dist/, in ASCII, every other letter a `\u`
 * escape (as the single file is, see vite.config.ts): Chromium reads an imported module in the
 * charset its server names, and one that names ISO-8859-1 turned Greek into "Î£Ï…Î½Î±Î½Ï„Î®ÏƒÎµÎ¹Ï‚".
 * (esbuild escapes strings itself, but leaves the letters of template literals as they are.) Greek
 * problems: 2,065 B in gzip with the letters of templates left as they were, 1,887 B all escaped.
 */
async function write(file, lines) {
  const result = await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, sourcefile: file, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    target: 'es2022',
    plugins: [shimPlugin],
    legalComments: 'none',
  });
  // esbuild's own escapes in upper case, ours in lower: one case for all takes Greek a seventh smaller in gzip.
  const code = result.outputFiles[0].text
    .replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/(?<!\\)\\u[0-9A-F]{4}/g, (escape) => escape.toLowerCase());
  writeFileSync(`${root}dist/${file}`, code);
}

mkdirSync(`${root}dist/locales`, { recursive: true });
for (const locale of config.targetLocales.filter((l) => !inside.includes(l))) {
  const lines = [`export { templates } from './src/i18n/generated/locales/${locale}.ts';`];
  if (supplemented.includes(locale)) lines.push(`export { supplement } from './src/i18n/supplements/${locale}.ts';`);
  await write(`locales/${locale}.js`, lines);
}

// The single file's parts (src/parts/load-single-file.ts), loaded only when a page needs them:
// the wording of problems in the data (English inside), the calendar writer, the schema.org builder.
await write('problems.js', [
  "export * from './src/elements/problems/problem-text.ts';",
  "export { bind } from './scripts/locale-shim.js';",
]);
await write('calendar.js', ["export { download, meetingsCalendar, toICalendar } from './src/elements/timeline/ics.ts';"]);
await write('schema-org.js', ["export { writeStructuredData } from './src/elements/shared/schema-org.ts';"]);
for (const locale of config.targetLocales) {
  await write(`locales/${locale}.problems.js`, [`export { templates } from './src/i18n/generated/problems/${locale}.ts';`]);
}

// The data's JSON Schema beside the script too: a coordinator who gets the dist/ folder has it at hand
// for their editor ("$schema": "./evolaq.schema.json" beside the data file).
copyFileSync(`${root}schema/evolaq.schema.json`, `${root}dist/evolaq.schema.json`);
