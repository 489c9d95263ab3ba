// `npm run manifest`: custom-elements.json from the JSDoc on each element (@summary, @fires,
// @csspart, @cssprop, @slot, attributes), for editors, Storybook and the README tables.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/shared/**', 'src/elements/problems/**'],
  outdir: '.',
  litelement: true,
};
