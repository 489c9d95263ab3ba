// The two template tags a generated locale module uses, as plain values: Lit and lit-localize
// read their results by shape (`_$litType$`, `strTag`), so a locale file needs no copy of either.
export const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });
export const str = (strings, ...values) => ({ strTag: true, strings, values });

// The wording of problems (dist/problems.js) calls msg(): the single file's own, handed over by bind().
export let msg = (template) => template;
export function bind(single) {
  msg = single;
}
