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
      // (An @supports condition is read as written, unlike a media query's: its spaces stay.)
      .split(/('[^']*'|"[^"]*"|@supports[^{]*)/)
      .map((part, i) =>
        i % 2
          ? part.replace(/^@supports\s[\s\S]*/, (condition) => condition.replace(/\s+/g, ' ').trim())
          : part
              .replace(/\s+/g, ' ')
              .replace(/ ?([{};,]) ?/g, '$1')
              .replace(/: /g, ':')
              .replace(/;}/g, '}'),
      )
      .join('')
      .trim()
  );
}
