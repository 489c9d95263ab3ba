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
 * maps (the project's whitespace plugin stands aside when maps are made, so they stay true).
 */
export function buildWithSourceMaps(root, outDir) {
  return viteBuild(root, { build: { outDir, emptyOutDir: true, sourcemap: true } });
}
