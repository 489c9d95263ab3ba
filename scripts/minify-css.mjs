// Styles are written to be read; visitors need only what the browser reads. Used by the build on
// every css`…` template (vite.config.ts): no comments, no line breaks, no spaces around braces,
// semicolons and commas or after a colon (a colon never stands before a space inside a selector),
// no last semicolon in a block. Quoted strings stay as written. test/minify-css.test.ts checks
// that the browser reads every stylesheet of ours the same before and after.

/** Minified CSS text; `${…}` placeholders of a template pass through untouched. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split(/('[^']*'|"[^"]*")/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/ ?([{};,]) ?/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}
