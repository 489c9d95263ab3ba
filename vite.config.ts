import { defineConfig, type Plugin } from 'vite';

/** Translator notes (`desc`) are for the XLIFF files only; visitors need not download them. */
function stripMessageNotes(): Plugin {
  return {
    name: 'evolaq-strip-message-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
      return { code: code.replace(/,\s*desc:\s*'(?:[^'\\]|\\.)*'/g, ''), map: null };
    },
  };
}

/*
 * Two builds from one entry:
 * - `vite build` → `dist/esm/evolaq-widget.js`, an ES module with one chunk per language, loaded when chosen;
 * - `vite build --mode iife` → `dist/evolaq-widget.js`, one classic script with Lit and every language inside.
 * `npm run build` runs both. `npm start` serves the demo with the sources.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    plugins: [stripMessageNotes()],
    server: { open: '/demo/index.html' },
    build: {
      target: ['chrome111', 'edge111', 'firefox114', 'safari16.4'],
      outDir: iife ? 'dist' : 'dist/esm',
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: {
        entry: 'src/index.ts',
        formats: [iife ? 'iife' : 'es'],
        name: 'EvolaqWidget',
        fileName: () => 'evolaq-widget.js',
      },
      rolldownOptions: {
        output: {
          minify: true,
          chunkFileNames: 'locales/[name]-[hash].js',
        },
      },
    },
  };
});
