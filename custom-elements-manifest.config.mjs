import { readFileSync } from 'node:fs';

/**
 * Internal reactive state is declared in `static properties` with `state: true`; the analyzer
 * takes every entry there for an attribute. This drops the attributes of those fields.
 */
function internalStateIsNoAttribute() {
  const state = new Set();
  return {
    name: 'evolaq-internal-state',
    collectPhase({ node }) {
      if (!node.fileName) return;
      for (const [, name] of readFileSync(node.fileName, 'utf8').matchAll(/^\s+(\w+): \{ state: true \}/gm)) state.add(name);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? [])
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !state.has(attribute.fieldName ?? attribute.name),
            );
    },
  };
}

// `npm run manifest`: custom-elements.json from the JSDoc on each element (@summary, @fires,
// @csspart, @cssprop, @slot, attributes), for editors, Storybook and the README tables.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**', 'src/elements/problems/**'],
  outdir: '.',
  litelement: true,
  plugins: [internalStateIsNoAttribute()],
};
