// Styles are written to be read; visitors need only what the browser reads. Used by the build on
// every css`…` template (vite.config.ts): no comments, no line breaks, no spaces around braces,
// semicolons and commas or after a colon (a colon never stands before a space inside a selector;
// the condition of an @supports keeps its spaces, as the browser reads it as written),
// no last semicolon in a block. Quoted strings stay as written. test/minify-css.test.ts checks
// that the browser reads every stylesheet of ours the same before and after.

/** Minified CSS text; `${…}` placeholders of a template pass through untouched. */
export function minifyCss(text) {
  return (
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      // An attribute selector's value that is a name needs no quotes: [theme='dark'] → [theme=dark].
      .replace(/\[([\w-]+)=(['"])([a-z][\w-]*)\2\]/g, '[$1=$3]')
      // (An @supports condition is read as written, unlike a media query's: its spaces stay.)
      .split(/('[^']*'|"[^"]*"|@supports[^{]*)/)
      .map((part, i) =>
        i % 2
          ? part.replace(/^@supports\s[\s\S]*/, (condition) => condition.replace(/\s+/g, ' ').trim())
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}')
              .replace(/ !important/g, '!important')
              // No spaces around a combinator in a selector (a rule's prelude, before its brace).
              .replace(/(^|[{}])([^{}]*)(?=\{)/g, (_, before, selector) => before + selector.replace(/ ?([>+~]) ?/g, '$1'))
              // No leading zero (0.5em → .5em), but where values keep their tokens as written: custom
              // properties and declarations with var().
              .replace(/[^;{}]+/g, (declaration) =>
                /^\s*--|var\(/.test(declaration) ? declaration : declaration.replace(/(^|[^\w.#$-])(-?)0\.(?=\d)/g, '$1$2.'),
              ),
      )
      .join('')
      .trim()
  );
}
