import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/**
 * A heading level as given by the `heading-level` attribute or a framework's property (a string,
 * `undefined`): a whole number from 1 to 9 (beyond 6, see htmlAt), deeper ones 9; anything else is 2.
 * Chromium takes `aria-level` from 1 to 9 only, and otherwise the tag's level, 6: a heading at 10
 * would rank above its parent at 9. (The cap also keeps a typo like 1e21 out of `aria-level`.)
 */
export function toLevel(value: unknown): number {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 ? Math.min(level, 9) : 2;
}

/** Reads the `heading-level` attribute (see toLevel). */
export const headingLevelConverter = { fromAttribute: toLevel };

const levelled = new WeakMap<TemplateStringsArray, TemplateStringsArray[]>();

/**
 * `html` for templates whose headings are written `<hx>…</hx>`: the same template with `<h1>` to
 * `<h6>` at `level`, and beyond 6 (a widget set deep into a page's outline) an `<h6>` with its
 * `aria-level`. Tag names cannot be bound, so each level is a template of its own, made
 * once from the literal's strings (as lit/static-html does, without its work on every call): one
 * template instance for a meeting with its heading, where a heading of its own would make two.
 */
export function htmlAt(level: number) {
  const n = toLevel(level);
  return (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult => {
    let byLevel = levelled.get(strings);
    if (!byLevel) levelled.set(strings, (byLevel = []));
    let at = byLevel[n];
    if (!at) {
      // Beyond 6 an h6 with its aria-level: screen readers that know no deeper level read 6, not 2.
      const tag = n > 6 ? ['h6 aria-level="' + n + '"', 'h6'] : ['h' + n, 'h' + n];
      const replaced = strings.map((text) =>
        text.replace(/<(\/?)hx\b/g, (_, close: string) => `<${close || ''}${tag[close ? 1 : 0]}`),
      );
      // Lit accepts only a template's own strings array (one with `raw`): this is one, from a literal.
      at = byLevel[n] = Object.assign(replaced, { raw: replaced }) as unknown as TemplateStringsArray;
    }
    return html(at, ...values);
  };
}

/** A real heading at `level`, so the widget's outline fits into the host page's (see htmlAt). */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  return htmlAt(level)`<hx id=${ifDefined(id)} class="heading">${content}</hx>`;
}
