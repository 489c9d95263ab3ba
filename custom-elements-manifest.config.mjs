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

/**
 * What the analyzer cannot read from the JSDoc alone:
 * - `this.dispatchEvent(new EvolaqLoadEvent())` became an event without a name, and `new X(language)` one named
 *   "language": only events named in `@fires` (all `evolaq-…`) are kept;
 * - the README's table of custom properties is the one list: each element gets those it lacks, and their defaults;
 * - a default written as a constant's name (`DEFAULT_TIMEOUT_MS`) is given as its value;
 * - `parsed` is internal (how `<evolaq-project>` hands its data to its parts).
 */
function completeFromSources() {
  const readme = readFileSync(new URL('./README.md', import.meta.url), 'utf8');
  // (A default written as words, "your page's", is no CSS value: none is given for it.)
  const properties = [...readme.matchAll(/^\|\s*`(--evolaq-[\w-]+)`\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|$/gm)].map(
    ([, name, value, description]) => ({
      name,
      default: /^`[^`\s]+`$/.test(value) ? value.slice(1, -1) : undefined,
      description: description.replace(/`/g, ''),
    }),
  );
  // Properties that mean something only to some elements.
  const only = {
    '--evolaq-scroll-margin': ['evolaq-timeline', 'evolaq-project'],
    '--evolaq-padding': ['evolaq-summary', 'evolaq-partners', 'evolaq-timeline', 'evolaq-map', 'evolaq-language-picker'],
  };
  const constants = new Map(
    [...readFileSync(new URL('./src/data/source.ts', import.meta.url), 'utf8').matchAll(/export const (\w+) = ([\d_]+);/g)].map(
      ([, name, value]) => [name, value.replace(/_/g, '')],
    ),
  );
  return {
    name: 'evolaq-complete-from-sources',
    packageLinkPhase({ customElementsManifest }) {
      if (!properties.length) throw new Error('README.md: no table of --evolaq-* custom properties found');
      for (const module of customElementsManifest.modules)
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('evolaq-'));
          const own = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
          declaration.cssProperties = properties
            .filter((property) => !only[property.name] || only[property.name].includes(declaration.tagName))
            .map((property) => ({ ...property, ...own.get(property.name), default: property.default }));
          declaration.members = (declaration.members ?? []).filter((member) => member.name !== 'parsed');
          for (const item of [...(declaration.members ?? []), ...(declaration.attributes ?? [])])
            if (constants.has(item.default)) item.default = constants.get(item.default);
        }
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
  plugins: [internalStateIsNoAttribute(), completeFromSources()],
};
