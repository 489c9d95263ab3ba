/*
 * Extra builds for the benchmark, made with vite's own API and the project's config, written under
 * bench/results/ (never into dist/).
 */
import { join } from 'node:path';

async function viteBuild(root, inline) {
  const { build } = await import(join(root, 'node_modules/vite/dist/node/index.js'));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'silent', ...inline });
}

/**
 * The ES entry with source maps, for the CPU profile: the same minified code as dist/esm/, plus
 * maps. The project's own plugins that rewrite whole chunks without a map (today one that folds
 * whitespace inside templates) would leave the maps pointing at the wrong lines, so they are left
 * out here. Resolves with their names.
 */
export async function buildWithSourceMaps(root, outDir) {
  const skipped = [];
  const dropChunkRewrites = {
    name: 'bench-keep-source-maps-true',
    configResolved(config) {
      for (let i = config.plugins.length - 1; i >= 0; i--) {
        const plugin = config.plugins[i];
        if (plugin.name?.startsWith('evolaq-') && plugin.renderChunk) {
          skipped.push(plugin.name);
          config.plugins.splice(i, 1);
        }
      }
    },
  };
  await viteBuild(root, { plugins: [dropChunkRewrites], build: { outDir, emptyOutDir: true, sourcemap: true } });
  return skipped;
}

/**
 * The single-file build with every source module kept for its side effects. Used only when
 * dist/evolaq-widget.js defines no elements (the package's `sideEffects` list names dist/ files
 * only, so the bundler drops the `import './elements/…/define.js'` lines of src/index.ts).
 */
export function buildSingleFileKeepingSideEffects(root, outDir) {
  const keep = {
    name: 'bench-keep-side-effects',
    enforce: 'pre',
    transform(code, id) {
      return /\/src\/.*\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : undefined;
    },
  };
  return viteBuild(root, { mode: 'iife', plugins: [keep], build: { outDir, emptyOutDir: true } });
}
