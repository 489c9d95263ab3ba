import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { buildId } from './scripts/build-id.mjs';
import { minifyCss } from './scripts/minify-css.mjs';
import { localeOfModule, messageIds, shortenLocaleKeys, shortenMessageIds } from './scripts/message-ids.mjs';

/** Translator notes (`desc`) are for the XLIFF files only; visitors need not download them. */
function stripMessageNotes(): Plugin {
  return {
    name: 'evolaq-strip-message-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      // Every message has its id: the build leaves out lit-localize's id hashing (see msgIdStub).
      const calls = code.match(/\bmsg\(\s*(?:str|html)?[`']/g)?.length ?? 0;
      const ids = code.match(/\bid: '/g)?.length ?? 0;
      if (calls > ids) this.error(`${id}: a msg() call without an id`);
      if (!code.includes('desc:')) return undefined;
      return { code: code.replace(/,\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g, ''), map: null };
    },
  };
}

/** Short message ids in the built files (see scripts/message-ids.mjs); the sources keep the long ones. */
function shortMessageIds(): Plugin {
  const ids = messageIds();
  return {
    name: 'evolaq-short-message-ids',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return undefined;
      const locale = localeOfModule(id);
      const shortened = locale ? shortenLocaleKeys(code, ids, locale) : shortenMessageIds(code, ids);
      return shortened === code ? undefined : { code: shortened, map: null };
    },
  };
}

/** Minified css`…` templates in the built files (see scripts/minify-css.mjs). */
function minifyStyles(): Plugin {
  return {
    name: 'evolaq-minify-styles',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      return { code: code.replace(/\bcss`([^`]*)`/g, (_, text: string) => `css\`${minifyCss(text)}\``), map: null };
    },
  };
}

/**
 * lit-localize hashes a message's text into an id when a msg() call names none; ours all name
 * one (stripMessageNotes checks), so the hashing code stays out of the built files.
 */
function msgIdStub(): Plugin {
  const stub = fileURLToPath(new URL('./scripts/msg-id-stub.js', import.meta.url));
  return {
    name: 'evolaq-msg-id-stub',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === './id-generation.js' && importer && /@lit[\\/]localize[\\/]/.test(importer) ? stub : undefined;
    },
  };
}

/**
 * Language modules use Lit's `html` and lit-localize's `str` only as tags whose results are read by
 * shape; scripts/locale-shim.js gives them those, so a language chunk imports nothing from the
 * entry, and the entry's Lit stays in the entry rather than in a chunk of its own.
 */
function localeShim(): Plugin {
  const shim = fileURLToPath(new URL('./scripts/locale-shim.js', import.meta.url));
  return {
    name: 'evolaq-locale-shim',
    enforce: 'pre',
    resolveId(source, importer) {
      if (
        (source === 'lit' || source === '@lit/localize') &&
        importer &&
        /[\\/]generated[\\/](locales|problems)[\\/]/.test(importer)
      )
        return shim;
      return undefined;
    },
  };
}

/**
 * Lit templates and styles keep their source indentation in the built code. A line break and its
 * indentation inside them mean no more than one space to HTML and CSS, so they become one, or
 * nothing between two tags or expressions.
 * (Only runs of four or more spaces: the few texts where a line break matters are indented less.)
 */
function collapseTemplateWhitespace(): Plugin {
  return {
    name: 'evolaq-collapse-template-whitespace',
    renderChunk(code, _chunk, options) {
      // It keeps no source map; builds that want maps (the bench's profile) get the code as it is.
      if (options.sourcemap) return null;
      const collapsed = code
        // After a tag, before the next tag or expression, a line break is layout of the source only:
        // drop it, and with it a whitespace text node in every instance. (Not after an expression,
        // which may stand inside a tag, where the space separates attributes.)
        .replace(/>\n {4,}(?=<|\$\{)/g, '>')
        .replace(/\n {4,}/g, ' ');
      return { code: collapsed, map: null };
    },
  };
}

/**
 * The single file in ASCII, every other letter written as a `\u` escape: a classic script is read
 * in the page's encoding unless the server names one, and many servers send `.js` without a
 * charset, so on a Windows-1252 page "sanāksmes" became "sanÄ\x81ksmes". (The files it imports
 * from beside itself are ASCII too, see scripts/build-locale-files.mjs.) Escapes mean the same in strings, templates, regular expressions and comments,
 * where the build leaves such letters; gzip even takes them slightly smaller.
 */
function asciiOnly(): Plugin {
  return {
    name: 'evolaq-ascii-only',
    apply: 'build',
    // After the minifier, which writes escapes back as letters.
    generateBundle(options, bundle) {
      if (options.format !== 'iife' || options.sourcemap) return;
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk')
          file.code = file.code.replace(/[^\0-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
      }
    },
  };
}

/**
 * `npm start` serves dist/ as built, untouched: vite would otherwise rewrite the single file as a
 * module (it adds an import for its dynamic import), which a classic <script> cannot run.
 */
function serveBuiltFiles(): Plugin {
  const types: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.ts': 'text/plain' };
  return {
    name: 'evolaq-serve-built-files',
    apply: 'serve',
    configureServer(server) {
      // The address vite prints is the root: send it to the demo.
      server.middlewares.use((request, response, next) => {
        if (request.url !== '/') return next();
        response.statusCode = 302;
        response.setHeader('location', '/demo/index.html');
        response.end();
      });
      server.middlewares.use('/dist/', async (request, response, next) => {
        const path = decodeURIComponent((request.url ?? '').split('?')[0]);
        if (path.includes('..')) return next();
        try {
          const body = await readFile(new URL(`./dist${path}`, import.meta.url));
          response.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
          response.end(body);
        } catch {
          next();
        }
      });
    },
  };
}

/**
 * `--mode no-map`: the single file without <evolaq-map>, written to a temporary folder, for
 * scripts/check-size.mjs to weigh what the map adds (the map issue's budget: 6 KiB gzip).
 */
function withoutMap(): Plugin {
  return {
    name: 'evolaq-without-map',
    enforce: 'pre',
    load(id) {
      if (/[\\/]elements[\\/]map[\\/]define\.ts$/.test(id)) return 'export {};';
      if (/[\\/]src[\\/]index\.ts$/.test(id)) {
        return readFileSync(id, 'utf8')
          .replace("import './elements/map/define.js';", '')
          .replace("export { EvolaqMapElement } from './elements/map/evolaq-map.js';", '');
      }
      return undefined;
    },
  };
}

/*
 * Two builds from one entry:
 * - `vite build` → `dist/esm/evolaq-widget.js`, an ES module with one chunk per language, loaded when chosen
 *   (`--mode elements` adds one entry per element in `dist/esm/elements/`);
 * - `vite build --mode iife` → `dist/evolaq-widget.js`, one classic script with Lit and the seven partner
 *   languages inside; `scripts/build-locale-files.mjs` then writes the other languages to `dist/locales/`.
 * `npm run build` runs both. `npm start` serves the demo with the sources.
 */
const ELEMENT_ENTRIES = {
  project: 'src/elements/project/define.ts',
  summary: 'src/elements/summary/define.ts',
  partners: 'src/elements/partners/define.ts',
  timeline: 'src/elements/timeline/define.ts',
  map: 'src/elements/map/define.ts',
  'language-picker': 'src/elements/language-picker/define.ts',
};

export default defineConfig(({ mode }) => {
  const noMap = mode === 'no-map';
  const iife = mode === 'iife' || noMap;
  // `--mode elements`: one ES entry per element (dist/esm/elements/), for pages that want only one.
  const elements = mode === 'elements';
  return {
    plugins: [
      ...(noMap ? [withoutMap()] : []),
      localeShim(),
      msgIdStub(),
      minifyStyles(),
      stripMessageNotes(),
      shortMessageIds(),
      collapseTemplateWhitespace(),
      asciiOnly(),
      serveBuiltFiles(),
    ],
    // The single file holds the partner languages and loads the others from beside itself.
    resolve: iife
      ? {
          alias: [
            {
              find: /^.*\/locale-loaders\.js$/,
              replacement: fileURLToPath(new URL('./src/i18n/locale-loaders-single-file.ts', import.meta.url)),
            },
            {
              find: /^.*\/parts\/load\.js$/,
              replacement: fileURLToPath(new URL('./src/parts/load-single-file.ts', import.meta.url)),
            },
          ],
        }
      : {},
    // What the single file loads from beside itself carries the build's id (src/parts/script-url.ts).
    define: iife ? { __EVOLAQ_BUILD__: JSON.stringify(buildId()) } : {},
    server: { open: '/demo/index.html' },
    build: {
      target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
      outDir: noMap ? join(tmpdir(), 'evolaq-no-map') : iife ? 'dist' : elements ? 'dist/esm/elements' : 'dist/esm',
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: elements ? ELEMENT_ENTRIES : 'src/index.ts',
        formats: [iife ? 'iife' : 'es'],
        name: 'EvolaqWidget',
        fileName: (_format, name) => (elements ? `${name}.js` : 'evolaq-widget.js'),
      },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: (chunk) =>
            /[\\/]generated[\\/]|[\\/]supplements[\\/]/.test(chunk.facadeModuleId ?? '')
              ? 'locales/[name]-[hash].js'
              : 'chunks/[name]-[hash].js',
        },
      },
    },
  };
});
